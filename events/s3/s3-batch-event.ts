import '../support/metadata.js';
import type { S3BatchEvent as AwsS3BatchEvent, S3BatchEventJob, S3BatchEventTask } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';

/** The job of an S3 Batch Operations 1.0 invocation. */
export class S3BatchJob implements S3BatchEventJob {
  @IsString() id!: string;
}

/** One object an S3 Batch Operations 1.0 invocation asks the function to process. */
export class S3BatchTask implements S3BatchEventTask {
  @IsString() taskId!: string;
  @IsString() s3Key!: string;
  /** null for unversioned objects. */
  @IsOptional() @IsString() s3VersionId!: string | null;
  @IsString() s3BucketArn!: string;
}

/** Detects an S3 Batch Operations invocation of schema `version`. */
export function isS3BatchEventOf(version: string): (event: unknown) => boolean {
  return safely(
    (event) =>
      isRecord(event) &&
      event.invocationSchemaVersion === version &&
      isRecord(event.job) &&
      Array.isArray(event.tasks) &&
      typeof event.invocationId === 'string',
  );
}

/**
 * An S3 Batch Operations job invoking the function (schema 1.0: tasks name the bucket by ARN).
 * Answer with `S3BatchResponse`.
 *
 * @example
 * ```ts
 * @Handler(S3BatchEvent)
 * run(@Event() event: S3BatchEvent) {
 *   const response = S3BatchResponse.for(event);
 *   for (const task of event.tasks) response.succeeded(task, 'copied');
 *   return response;
 * }
 * ```
 */
@EventSource<S3BatchEvent>({ name: 's3-batch', detect: isS3BatchEventOf('1.0') })
export class S3BatchEvent implements AwsS3BatchEvent {
  @Equals('1.0') invocationSchemaVersion!: string;
  @IsString() invocationId!: string;
  @IsObject() @ValidateNested() @Type(() => S3BatchJob) job!: S3BatchJob;
  @IsArray() @ValidateNested({ each: true }) @Type(() => S3BatchTask) tasks!: S3BatchTask[];
}
