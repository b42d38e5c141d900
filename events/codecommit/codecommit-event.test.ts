import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import { CodeCommitData, CodeCommitEvent, CodeCommitRecord, CodeCommitReference } from './index.js';

const FIXTURE = 'code-commit-event.json';

describe('CodeCommitEvent', () => {
  it(`${FIXTURE} validates with nested instances, round-trips and is detected`, async () => {
    const raw = loadFixture(FIXTURE);
    const event = await transformAndValidate(CodeCommitEvent, raw);
    const record = event.Records[0];
    expect(record).toBeInstanceOf(CodeCommitRecord);
    expect(record?.codecommit).toBeInstanceOf(CodeCommitData);
    expect(record?.codecommit.references[0]).toBeInstanceOf(CodeCommitReference);
    expect(record?.codecommit.references[0]?.ref).toBe('refs/heads/master');
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
    expect(eventSourceOf(CodeCommitEvent)?.detect(raw)).toBe(true);
  });

  it('detects only its own fixture', () => {
    expect(detectorMismatches([[CodeCommitEvent, [FIXTURE]]], fixtureNames(), loadFixture)).toEqual([]);
  });

  it('mutated samples either validate or fail naming the mutated path', async () => {
    await assertMutations([{ type: CodeCommitEvent, raw: loadFixture(FIXTURE) }], { numRuns: 300 });
  });
});
