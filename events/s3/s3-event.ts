import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { S3EventRecord } from './s3-event-record.js';

/** Detects an S3 notification: `Records[0].eventSource === 'aws:s3'`. */
export const isS3Event = safely((event) => firstRecordIs(event, 'eventSource', 'aws:s3'));

/**
 * S3 event notifications delivered straight to Lambda. Not `implements S3Event` from
 * @types/aws-lambda on purpose: that type makes `object.size` and `object.eTag` required, but S3
 * omits them on `ObjectRemoved` events, so here they are optional.
 *
 * @example
 * ```ts
 * @Handler(S3Event)
 * onUpload(@Event() event: S3Event) {
 *   return event.Records.map((r) => `${r.s3.bucket.name}/${r.objectKey()}`);
 * }
 * ```
 */
@EventSource<S3Event>({ name: 's3', detect: isS3Event })
export class S3Event {
  @IsArray() @ValidateNested({ each: true }) @Type(() => S3EventRecord) Records!: S3EventRecord[];
}
