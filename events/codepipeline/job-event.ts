import '../support/metadata.js';
import type { CodePipelineEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';
import { CodePipelineJobData } from './job-data.js';

/** True for a CodePipeline job event (a Lambda invoke action). */
export function isCodePipelineJobEvent(event: unknown): boolean {
  if (!isRecord(event)) return false;
  const job = event['CodePipeline.job'];
  return isRecord(job) && isString(job.id) && isRecord(job.data);
}

/** The job of a CodePipeline job event. */
export class CodePipelineJob {
  @IsString() id!: string;
  @IsString() accountId!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineJobData)
  data!: CodePipelineJobData;
}

/**
 * A CodePipeline job event: the pipeline invoked the function as an action. The function must
 * report back with `PutJobSuccessResult` / `PutJobFailureResult` for `job.id`.
 *
 * @example
 * ```ts
 * @Handler(CodePipelineJobEvent)
 * async run(@Event() event: CodePipelineJobEvent) {
 *   const { id, data } = event.job;
 *   await deploy(data.actionConfiguration.configuration.UserParameters);
 *   await codepipeline.send(new PutJobSuccessResultCommand({ jobId: id }));
 * }
 * ```
 */
@EventSource({ name: 'codepipeline-job', detect: isCodePipelineJobEvent })
export class CodePipelineJobEvent implements CodePipelineEvent {
  @IsObject()
  @ValidateNested()
  @Type(() => CodePipelineJob)
  'CodePipeline.job'!: CodePipelineJob;

  /** The job (`this['CodePipeline.job']`). */
  get job(): CodePipelineJob {
    return this['CodePipeline.job'];
  }
}
