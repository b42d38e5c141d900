import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { checkMutation, MUTATION_KINDS, samplePaths } from '../../test/support/sample-mutation.js';
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
    const raw = loadFixture(FIXTURE);
    const paths = samplePaths(raw);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...MUTATION_KINDS), async (n, kind) => {
        expect(await checkMutation(CodeCommitEvent, raw, paths[n % paths.length] ?? [], kind)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
