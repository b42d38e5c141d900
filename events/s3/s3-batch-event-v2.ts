import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';
import { isS3BatchEventOf } from './s3-batch-event.js';

/** The job of an S3 Batch Operations 2.0 invocation, with the job's user arguments. */
export class S3BatchJobV2 {
  @IsString() id!: string;
  @IsOptional() @IsRecordOf(isString, 'a string') userArguments?: Record<string, string>;
}

/** One object of an S3 Batch Operations 2.0 invocation (the bucket by name). */
export class S3BatchTaskV2 {
  @IsString() taskId!: string;
  @IsString() s3Key!: string;
  /** null for unversioned objects. */
  @IsOptional() @IsString() s3VersionId!: string | null;
  @IsString() s3Bucket!: string;
}

/**
 * An S3 Batch Operations job invoking the function with schema 2.0 (user arguments, bucket names,
 * directory buckets). @types/aws-lambda has no type for it. Answer with `S3BatchResponse`.
 *
 * @example
 * ```ts
 * @Handler(S3BatchEventV2)
 * run(@Event() event: S3BatchEventV2) {
 *   const prefix = event.job.userArguments?.prefix ?? '';
 *   return S3BatchResponse.for(event).succeeded(event.tasks[0], prefix);
 * }
 * ```
 */
@EventSource<S3BatchEventV2>({ name: 's3-batch-v2', detect: isS3BatchEventOf('2.0') })
export class S3BatchEventV2 {
  @Equals('2.0') invocationSchemaVersion!: string;
  @IsString() invocationId!: string;
  @IsObject() @ValidateNested() @Type(() => S3BatchJobV2) job!: S3BatchJobV2;
  @IsArray() @ValidateNested({ each: true }) @Type(() => S3BatchTaskV2) tasks!: S3BatchTaskV2[];
}
