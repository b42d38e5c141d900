import '../support/metadata.js';
import type { SNSEventRecord } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { parseJson, parseJsonAs } from '../support/codec.js';
import { SnsMessage } from './sns-message.js';

/**
 * One SNS delivery of an `SnsEvent`. `json()` and `parseBody()` read `Sns.Message`, so SQS and SNS
 * handlers decode their payloads the same way.
 *
 * @example
 * ```ts
 * const event = await transformAndValidate(SnsEvent, raw);
 * const order = await event.Records[0].parseBody(CreateOrder);
 * ```
 */
export class SnsRecord implements SNSEventRecord {
  @IsString() EventVersion!: string;
  @IsString() EventSubscriptionArn!: string;
  @Equals('aws:sns') EventSource!: string;
  @IsObject() @ValidateNested() @Type(() => SnsMessage) Sns!: SnsMessage;

  /**
   * `Sns.Message` parsed as JSON.
   * @throws EventDecodeError (`Runtime.EventDecodeError`, step `json`)
   */
  json(): unknown {
    return parseJson(this.Sns.Message, 'SnsRecord.Sns.Message');
  }

  /**
   * `Sns.Message` parsed as JSON and validated as `type`.
   * Rejects with EventDecodeError (not JSON) or EventValidationError (wrong shape).
   */
  parseBody<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return parseJsonAs(type, this.Sns.Message, 'SnsRecord.Sns.Message', options);
  }
}
