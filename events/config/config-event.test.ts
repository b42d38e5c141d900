import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { ConfigEvent } from './index.js';

const FIXTURE = 'config-event.json';

describe('ConfigEvent', () => {
  it(`${FIXTURE} validates, round-trips with its JSON strings intact and is detected`, async () => {
    const raw = loadFixture(FIXTURE);
    const event = await transformAndValidate(ConfigEvent, raw);
    expect(event).toBeInstanceOf(ConfigEvent);
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
    expect(eventSourceOf(ConfigEvent)?.detect(raw)).toBe(true);
  });

  it('parses invokingEvent and ruleParameters on demand', async () => {
    const event = await transformAndValidate(ConfigEvent, loadFixture(FIXTURE));
    expect(event.invokingEventJson()).toMatchObject({
      messageType: 'ConfigurationSnapshotDeliveryCompleted',
      s3Bucket: 'config-bucket',
    });
    expect(event.ruleParametersJson()).toEqual({ myParameterKey: 'myParameterValue' });
    event.ruleParameters = undefined;
    expect(event.ruleParametersJson()).toEqual({});
  });

  it('detects only its own fixture', () => {
    expect(detectorMismatches([[ConfigEvent, [FIXTURE]]], fixtureNames(), loadFixture)).toEqual([]);
  });

  it('mutated samples either validate or fail naming the mutated path', async () => {
    await assertMutations([{ type: ConfigEvent, raw: loadFixture(FIXTURE) }], { numRuns: 200 });
  });
});
