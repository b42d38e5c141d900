import '../support/metadata.js';
import type { KinesisStreamTumblingWindowEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';
import { TimeWindow } from '../support/time-window.js';
import { isKinesisStreamEvent, KINESIS_BATCH, KinesisStreamEvent } from './kinesis-event.js';
import type { KinesisRecord } from './kinesis-record.js';

/** Detects a Kinesis tumbling-window invocation (a Kinesis event with `window`). */
export const isKinesisTimeWindowEvent = safely(
  (event) => isKinesisStreamEvent(event) && isRecord(event) && isRecord(event.window),
);

/**
 * A Kinesis batch delivered with a tumbling window: the records plus the window, the state the
 * previous invocation returned, and whether this is the last call for the window. Answer with
 * `TimeWindowResponse`.
 *
 * @example
 * ```ts
 * @Handler(KinesisTimeWindowEvent)
 * sum(@Event() e: KinesisTimeWindowEvent) {
 *   const total = Number(e.state?.total ?? 0) + e.Records.length;
 *   return new TimeWindowResponse({ total: String(total) });
 * }
 * ```
 */
@EventSource<KinesisTimeWindowEvent, KinesisRecord>({
  name: 'kinesis-time-window',
  detect: isKinesisTimeWindowEvent,
  specificity: 20,
  batch: KINESIS_BATCH,
})
export class KinesisTimeWindowEvent extends KinesisStreamEvent implements KinesisStreamTumblingWindowEvent {
  @IsObject() @ValidateNested() @Type(() => TimeWindow) window!: TimeWindow;
  /** The state returned by the previous invocation for this window; absent on the first. */
  @IsOptional() @IsObject() state?: Record<string, unknown>;
  @IsString() shardId!: string;
  @IsString() eventSourceARN!: string;
  @IsBoolean() isFinalInvokeForWindow!: boolean;
  @IsBoolean() isWindowTerminatedEarly!: boolean;
}
