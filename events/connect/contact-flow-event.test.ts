import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { isRecord } from '../support/guards.js';
import {
  ConnectContactData,
  ConnectContactFlowDetails,
  ConnectContactFlowEvent,
  ConnectEndpoint,
  ConnectQueue,
} from './index.js';

const FIXTURE = 'connect-event.json';

function record(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error('not an object');
  return value;
}

describe('ConnectContactFlowEvent', () => {
  it(`${FIXTURE} validates with nested instances, round-trips and is detected`, async () => {
    const raw = loadFixture(FIXTURE);
    const event = await transformAndValidate(ConnectContactFlowEvent, raw);
    expect(event.Details).toBeInstanceOf(ConnectContactFlowDetails);
    expect(event.Details.ContactData).toBeInstanceOf(ConnectContactData);
    expect(event.Details.ContactData.CustomerEndpoint).toBeInstanceOf(ConnectEndpoint);
    expect(event.Details.ContactData.Queue).toBeInstanceOf(ConnectQueue);
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
    expect(eventSourceOf(ConnectContactFlowEvent)?.detect(raw)).toBe(true);
  });

  it('accepts null endpoints and queue, as AWS sends for some contacts', async () => {
    const raw = record(loadFixture(FIXTURE));
    const contactData = record(record(raw.Details).ContactData);
    const event = await transformAndValidate(ConnectContactFlowEvent, {
      ...raw,
      Details: { Parameters: {}, ContactData: { ...contactData, CustomerEndpoint: null, Queue: null } },
    });
    expect(event.Details.ContactData.Queue).toBeNull();
  });

  it('detects only its own fixture', () => {
    expect(detectorMismatches([[ConnectContactFlowEvent, [FIXTURE]]], fixtureNames(), loadFixture)).toEqual(
      [],
    );
  });

  it('mutated samples either validate or fail naming the mutated path', async () => {
    await assertMutations([{ type: ConnectContactFlowEvent, raw: loadFixture(FIXTURE) }], { numRuns: 300 });
  });
});
