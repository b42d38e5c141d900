import { describe, expect, it } from 'vitest';
import { eventSourceOf } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import { fixtureNames, loadFixture } from '../../test/support/fixtures.js';
import { assertMutations } from '../../test/support/sample-mutation.js';
import {
  CodePipelineArtifact,
  CodePipelineCredentials,
  CodePipelineJob,
  CodePipelineJobData,
  CodePipelineJobEvent,
  CodePipelineS3Location,
} from './index.js';

const FIXTURE = 'codepipeline-job-event.json';

describe('CodePipelineJobEvent', () => {
  it(`${FIXTURE} validates with nested instances, round-trips and is detected`, async () => {
    const raw = loadFixture(FIXTURE);
    const event = await transformAndValidate(CodePipelineJobEvent, raw);
    expect(event.job).toBeInstanceOf(CodePipelineJob);
    expect(event.job.data).toBeInstanceOf(CodePipelineJobData);
    expect(event.job.data.inputArtifacts[0]).toBeInstanceOf(CodePipelineArtifact);
    expect(event.job.data.inputArtifacts[0]?.location.s3Location).toBeInstanceOf(CodePipelineS3Location);
    expect(event.job.data.inputArtifacts[0]?.revision).toBeNull();
    expect(event.job.data.artifactCredentials).toBeInstanceOf(CodePipelineCredentials);
    expect(event.job.data.actionConfiguration.configuration.UserParameters).toBe('some-input-such-as-a-URL');
    expect(JSON.parse(JSON.stringify(event))).toEqual(raw);
    expect(eventSourceOf(CodePipelineJobEvent)?.detect(raw)).toBe(true);
  });

  it('detects only the job event, not the EventBridge pipeline notifications', () => {
    expect(detectorMismatches([[CodePipelineJobEvent, [FIXTURE]]], fixtureNames(), loadFixture)).toEqual([]);
  });

  it('mutated samples either validate or fail naming the mutated path', async () => {
    await assertMutations([{ type: CodePipelineJobEvent, raw: loadFixture(FIXTURE) }], { numRuns: 300 });
  });
});
