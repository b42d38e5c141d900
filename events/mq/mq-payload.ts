import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64 } from '../support/codec.js';

/**
 * Decoders for a message whose body is base64 in `data` (ActiveMQ and RabbitMQ). They throw
 * EventDecodeError on bad base64, UTF-8 or JSON.
 */
export abstract class MqPayload {
  abstract data: string;
  protected abstract get dataField(): string;

  /** The message body's bytes. */
  bytes(): Buffer {
    return decodeBase64(this.data, this.dataField);
  }

  /** The message body as UTF-8 text. */
  text(): string {
    return base64Text(this.data, this.dataField);
  }

  /** The message body parsed as JSON. */
  json(): unknown {
    return base64Json(this.data, this.dataField);
  }

  /** The body's JSON validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.data, this.dataField, options);
  }
}
