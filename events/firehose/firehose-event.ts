import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import { FirehoseRecord } from './firehose-record.js';

/** Detects an Amazon Data Firehose transformation: `invocationId`, `deliveryStreamArn`, `records`. */
export const isFirehoseTransformationEvent = safely(
  (event) =>
    isRecord(event) &&
    isString(event.invocationId) &&
    isString(event.deliveryStreamArn) &&
    Array.isArray(event.records),
);

/**
 * A batch of records Amazon Data Firehose asks the function to transform. Answer with
 * `FirehoseTransformationResponse` (one result per record). Not `implements
 * FirehoseTransformationEvent` from @types/aws-lambda, which types `subsequenceNumber` as a string.
 *
 * @example
 * ```ts
 * @Handler(FirehoseTransformationEvent)
 * transform(@Event() event: FirehoseTransformationEvent) {
 *   const response = new FirehoseTransformationResponse();
 *   for (const r of event.records) response.ok(r, r.text().toUpperCase());
 *   return response;
 * }
 * ```
 */
@EventSource<FirehoseTransformationEvent>({ name: 'firehose', detect: isFirehoseTransformationEvent })
export class FirehoseTransformationEvent {
  @IsString() invocationId!: string;
  @IsString() deliveryStreamArn!: string;
  /** Set when the delivery stream reads from a Kinesis data stream. */
  @IsOptional() @IsString() sourceKinesisStreamArn?: string;
  @IsString() region!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => FirehoseRecord) records!: FirehoseRecord[];
}
