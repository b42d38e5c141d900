import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { Base64Payload } from '../support/base64-payload.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';
import { NestedRecord } from '../support/nested-record.js';

/** AMQP basic properties of a RabbitMQ message; unset ones are null on the wire. */
export class RabbitMqBasicProperties {
  @IsOptional() @IsString() contentType?: string | null;
  @IsOptional() @IsString() contentEncoding?: string | null;
  /** Header values as sent: strings arrive as `{ bytes: [...] }`, numbers as numbers. */
  @IsOptional() @IsObject() headers?: Record<string, unknown> | null;
  @IsOptional() @IsNumber() deliveryMode?: number | null;
  @IsOptional() @IsNumber() priority?: number | null;
  @IsOptional() @IsString() correlationId?: string | null;
  @IsOptional() @IsString() replyTo?: string | null;
  @IsOptional() @IsString() expiration?: string | null;
  @IsOptional() @IsString() messageId?: string | null;
  @IsOptional() @IsString() timestamp?: string | null;
  @IsOptional() @IsString() type?: string | null;
  @IsOptional() @IsString() userId?: string | null;
  @IsOptional() @IsString() appId?: string | null;
  @IsOptional() @IsString() clusterId?: string | null;
  @IsNumber() bodySize!: number;
}

/**
 * One RabbitMQ message; `data` is base64 of the body (see `text()`, `json()`, `parseData()`).
 *
 * @example
 * ```ts
 * const payload = event.allMessages()[0].json();
 * ```
 */
export class RabbitMqMessage extends Base64Payload {
  protected get dataField(): string {
    return 'RabbitMqMessage.data';
  }

  @IsObject()
  @ValidateNested()
  @Type(() => RabbitMqBasicProperties)
  basicProperties!: RabbitMqBasicProperties;
  @IsBoolean() redelivered!: boolean;
  @IsString() data!: string;
}

/** Detects an Amazon MQ for RabbitMQ event: `eventSource === 'aws:rmq'` with `rmqMessagesByQueue`. */
export const isRabbitMqEvent = safely(
  (event) => isRecord(event) && event.eventSource === 'aws:rmq' && isRecord(event.rmqMessagesByQueue),
);

/**
 * A batch of messages from Amazon MQ for RabbitMQ, grouped by `queue::virtual-host`.
 *
 * @example
 * ```ts
 * @Handler(RabbitMqEvent)
 * onMessages(@Event() event: RabbitMqEvent) {
 *   return event.allMessages().map((m) => m.text());
 * }
 * ```
 */
@EventSource<RabbitMqEvent>({ name: 'rabbitmq', detect: isRabbitMqEvent })
export class RabbitMqEvent {
  @Equals('aws:rmq') eventSource!: string;
  @IsString() eventSourceArn!: string;
  @NestedRecord(() => RabbitMqMessage, { arrays: true }) rmqMessagesByQueue!: Record<
    string,
    RabbitMqMessage[]
  >;

  /** Every message of the batch, queue by queue. */
  allMessages(): RabbitMqMessage[] {
    return Object.values(this.rmqMessagesByQueue).flat();
  }
}
