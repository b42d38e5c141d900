import '../support/metadata.js';
import type { SQSRecord } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { parseJson, parseJsonAs } from '../support/codec.js';
import { NestedRecord } from '../support/nested-record.js';
import { SqsMessageAttribute, SqsRecordAttributes } from './sqs-message-attribute.js';

/**
 * One SQS message of an `SqsEvent`; in `perRecord` handlers, the record a method receives.
 *
 * @example
 * ```ts
 * @Handler(SqsEvent, { perRecord: true })
 * async onMessage(@Record() record: SqsRecord) {
 *   const order = await record.parseBody(CreateOrder); // validated DTO
 * }
 * ```
 */
export class SqsRecord implements SQSRecord {
  @IsString() messageId!: string;
  @IsString() receiptHandle!: string;
  @IsString() body!: string;
  @IsObject() @ValidateNested() @Type(() => SqsRecordAttributes) attributes!: SqsRecordAttributes;
  @NestedRecord(() => SqsMessageAttribute) messageAttributes!: Record<string, SqsMessageAttribute>;
  @IsString() md5OfBody!: string;
  @IsOptional() @IsString() md5OfMessageAttributes?: string;
  @Equals('aws:sqs') eventSource!: string;
  @IsString() eventSourceARN!: string;
  @IsString() awsRegion!: string;

  /** True when the message came from a FIFO queue (its ARN ends in `.fifo`). */
  get isFifo(): boolean {
    return this.eventSourceARN.endsWith('.fifo');
  }

  /**
   * The body parsed as JSON.
   * @throws EventDecodeError (`Runtime.EventDecodeError`, step `json`) when the body is not JSON.
   */
  json(): unknown {
    return parseJson(this.body, 'SqsRecord.body');
  }

  /**
   * The body parsed as JSON and validated as `type`.
   * Rejects with EventDecodeError (not JSON) or EventValidationError (wrong shape).
   */
  parseBody<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return parseJsonAs(type, this.body, 'SqsRecord.body', options);
  }
}
