import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64 } from './codec.js';

/**
 * Decoders for a record or message whose payload is base64 in `data` (Firehose and Kinesis Analytics
 * records, ActiveMQ and RabbitMQ messages). They throw EventDecodeError, naming `dataField`, on bad
 * base64, UTF-8 or JSON.
 *
 * @example
 * ```ts
 * export class MyRecord extends Base64Payload {
 *   protected get dataField(): string {
 *     return 'MyRecord.data';
 *   }
 *   @IsString() data!: string;
 * }
 * const order = await record.parseData(Order);
 * ```
 */
export abstract class Base64Payload {
  /** Base64 of the payload bytes. */
  abstract data: string;
  /** The field named in EventDecodeError (`FirehoseRecord.data`). */
  protected abstract get dataField(): string;

  /** The payload's bytes. */
  bytes(): Buffer {
    return decodeBase64(this.data, this.dataField);
  }

  /** The payload as UTF-8 text. */
  text(): string {
    return base64Text(this.data, this.dataField);
  }

  /** The payload parsed as JSON. */
  json(): unknown {
    return base64Json(this.data, this.dataField);
  }

  /** The payload's JSON validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.data, this.dataField, options);
  }
}
