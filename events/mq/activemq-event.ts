import '../support/metadata.js';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { Base64Payload } from '../support/base64-payload.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';

/** The queue a message was read from. */
export class ActiveMqDestination {
  @IsString() physicalName!: string;
}

/**
 * One ActiveMQ message; `data` is base64 of the body (see `text()`, `json()`, `parseData()`).
 *
 * @example
 * ```ts
 * const body = event.messages[0].text();
 * ```
 */
export class ActiveMqMessage extends Base64Payload {
  protected get dataField(): string {
    return 'ActiveMqMessage.data';
  }

  @IsString() messageID!: string;
  /** `jms/text-message` or `jms/bytes-message`. */
  @IsString() messageType!: string;
  @IsNumber() timestamp!: number;
  @IsNumber() deliveryMode!: number;
  @IsOptional() @IsString() correlationID?: string;
  @IsOptional() @IsString() replyTo?: string;
  @IsObject() @ValidateNested() @Type(() => ActiveMqDestination) destination!: ActiveMqDestination;
  @IsBoolean() redelivered!: boolean;
  @IsOptional() @IsString() type?: string;
  @IsNumber() expiration!: number;
  @IsNumber() priority!: number;
  @IsString() data!: string;
  @IsNumber() brokerInTime!: number;
  @IsNumber() brokerOutTime!: number;
  @IsOptional() @IsRecordOf(isString, 'a string') properties?: Record<string, string>;
}

/** The `eventSource` values ActiveMQ events carry (AWS samples show both). */
export const ACTIVEMQ_EVENT_SOURCES = ['aws:mq', 'aws:amq'] as const;

/** Detects an Amazon MQ for ActiveMQ event: `eventSource` `aws:mq`/`aws:amq` with `messages`. */
export const isActiveMqEvent = safely(
  (event) =>
    isRecord(event) &&
    isString(event.eventSource) &&
    ACTIVEMQ_EVENT_SOURCES.some((source) => source === event.eventSource) &&
    Array.isArray(event.messages),
);

/**
 * A batch of messages from an Amazon MQ for ActiveMQ queue.
 *
 * @example
 * ```ts
 * @Handler(ActiveMqEvent)
 * onMessages(@Event() event: ActiveMqEvent) {
 *   return event.messages.map((m) => m.text());
 * }
 * ```
 */
@EventSource<ActiveMqEvent>({ name: 'activemq', detect: isActiveMqEvent })
export class ActiveMqEvent {
  @IsIn(ACTIVEMQ_EVENT_SOURCES) eventSource!: string;
  @IsString() eventSourceArn!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ActiveMqMessage) messages!: ActiveMqMessage[];
}
