import '../support/metadata.js';
import type { SNSMessage, SNSMessageAttribute } from 'aws-lambda';
import { IsOptional, IsString } from 'class-validator';
import { NestedRecord } from '../support/nested-record.js';

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
  @IsString() SigningCertUrl!: string;
  @IsString() MessageId!: string;
  @IsString() Message!: string;
  @NestedRecord(() => SnsMessageAttribute) MessageAttributes!: Record<string, SnsMessageAttribute>;
  @IsString() Type!: string;
  @IsString() UnsubscribeUrl!: string;
  @IsString() TopicArn!: string;
  /** Absent (or null on the wire) when the message was published without a subject. */
  @IsOptional() @IsString() Subject?: string;
  @IsOptional() @IsString() Token?: string;
}
