import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';
import { TimeWindow } from '../support/time-window.js';
import { DYNAMODB_BATCH, DynamoDbStreamEvent, isDynamoDbStreamEvent } from './dynamodb-event.js';
import type { DynamoDbRecord } from './dynamodb-record.js';

/** Detects a DynamoDB Streams tumbling-window invocation (a stream event with `window`). */
export const isDynamoDbTimeWindowEvent = safely(
  (event) => isDynamoDbStreamEvent(event) && isRecord(event) && isRecord(event.window),
);

/**
 * A DynamoDB Streams batch delivered with a tumbling window (`TumblingWindowInSeconds`): the records
 * plus the window, the state returned by the previous invocation, and whether this is the last call
 * for the window. Answer with `TimeWindowResponse`.
 *
 * @example
 * ```ts
 * @Handler(DynamoDbTimeWindowEvent)
 * aggregate(@Event() e: DynamoDbTimeWindowEvent) {
 *   const count = Number(e.state?.count ?? 0) + e.Records.length;
 *   if (e.isFinalInvokeForWindow) publish(count);
 *   return new TimeWindowResponse({ count: String(count) });
 * }
 * ```
 */
@EventSource<DynamoDbTimeWindowEvent, DynamoDbRecord>({
  name: 'dynamodb-time-window',
  detect: isDynamoDbTimeWindowEvent,
  specificity: 20,
  batch: DYNAMODB_BATCH,
})
export class DynamoDbTimeWindowEvent extends DynamoDbStreamEvent {
  @IsObject() @ValidateNested() @Type(() => TimeWindow) window!: TimeWindow;
  /** The state returned by the previous invocation for this window; absent on the first. */
  @IsOptional() @IsObject() state?: Record<string, unknown>;
  @IsString() shardId!: string;
  @IsString() eventSourceARN!: string;
  @IsBoolean() isFinalInvokeForWindow!: boolean;
  @IsBoolean() isWindowTerminatedEarly!: boolean;
}
