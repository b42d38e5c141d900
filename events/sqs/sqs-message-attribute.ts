import type { SQSMessageAttribute, SQSRecordAttributes } from 'aws-lambda';
import { IsArray, IsOptional, IsString } from 'class-validator';

/**
 * One SQS message attribute as Lambda delivers it (`binaryValue` is base64).
 *
 * @example
 * ```ts
 * const tenant = record.messageAttributes.tenant?.stringValue;
 * ```
 */
export class SqsMessageAttribute implements SQSMessageAttribute {
  @IsOptional() @IsString() stringValue?: string;
  @IsOptional() @IsString() binaryValue?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) stringListValues?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) binaryListValues?: string[];
  /** `String`, `Number`, `Binary`, optionally with a custom suffix (`Number.float`). */
  @IsString() dataType!: string;
}

/**
 * The system attributes of an SQS message (all values are strings on the wire).
 *
 * @example
 * ```ts
 * const receives = Number(record.attributes.ApproximateReceiveCount);
 * ```
 */
export class SqsRecordAttributes implements SQSRecordAttributes {
  @IsString() ApproximateReceiveCount!: string;
  @IsString() SentTimestamp!: string;
  @IsString() SenderId!: string;
  @IsString() ApproximateFirstReceiveTimestamp!: string;
  @IsOptional() @IsString() AWSTraceHeader?: string;
  /** FIFO queues only. */
  @IsOptional() @IsString() SequenceNumber?: string;
  /** FIFO queues (and fair queues) only. */
  @IsOptional() @IsString() MessageGroupId?: string;
  /** FIFO queues only. */
  @IsOptional() @IsString() MessageDeduplicationId?: string;
  @IsOptional() @IsString() DeadLetterQueueSourceArn?: string;
}
