import '../support/metadata.js';
import type { SNSMessage, SNSMessageAttribute } from 'aws-lambda';
import { IsOptional, IsString } from 'class-validator';
import { NestedRecord } from '../support/nested-record.js';
import { SpelledAs } from '../support/spelled-as.js';

/**
 * One SNS message attribute (`Type` is `String`, `Number`, `Binary` or `String.Array`).
 *
 * @example
 * ```ts
 * const tenant = record.Sns.MessageAttributes.tenant?.Value;
 * ```
 */
export class SnsMessageAttribute implements SNSMessageAttribute {
  @IsString() Type!: string;
  @IsString() Value!: string;
}

/**
 * The SNS notification inside an `SnsRecord`.
 *
 * @example
 * ```ts
 * console.log(record.Sns.TopicArn, record.Sns.Message);
 * ```
 */
export class SnsMessage implements SNSMessage {
  @IsString() SignatureVersion!: string;
  @IsString() Timestamp!: string;
  @IsString() Signature!: string;
  /** SNS→SQS and HTTP deliveries spell it `SigningCertURL`; both end up here. */
  @SpelledAs('SigningCertURL') @IsString() SigningCertUrl!: string;
  @IsString() MessageId!: string;
  @IsString() Message!: string;
  /** Empty when the message was published without attributes (SNS→SQS leaves the key out). */
  @NestedRecord(() => SnsMessageAttribute) MessageAttributes: Record<string, SnsMessageAttribute> = {};
  @IsString() Type!: string;
  /** SNS→SQS and HTTP deliveries spell it `UnsubscribeURL`; both end up here. */
  @SpelledAs('UnsubscribeURL') @IsString() UnsubscribeUrl!: string;
  /** The spelling of SNS→SQS and HTTP deliveries, kept as sent; read `SigningCertUrl`. */
  @IsOptional() @IsString() SigningCertURL?: string;
  /** The spelling of SNS→SQS and HTTP deliveries, kept as sent; read `UnsubscribeUrl`. */
  @IsOptional() @IsString() UnsubscribeURL?: string;
  /** Set on messages from FIFO topics. */
  @IsOptional() @IsString() SequenceNumber?: string;
  @IsString() TopicArn!: string;
  /** Absent (or null on the wire) when the message was published without a subject. */
  @IsOptional() @IsString() Subject?: string;
  @IsOptional() @IsString() Token?: string;
}
