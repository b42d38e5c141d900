import { IsString } from 'class-validator';
import type { BatchItemFailure } from './batch-response.js';

/** The tumbling window of a Kinesis or DynamoDB Streams time-window invocation. */
export class TimeWindow {
  /** ISO-8601 start of the window. */
  @IsString() start!: string;
  /** ISO-8601 end of the window. */
  @IsString() end!: string;
}

/**
 * What a tumbling-window function returns: the `state` carried to the next invocation of the same
 * window (and shard), and optionally the records to retry.
 *
 * @example
 * ```ts
 * const total = Number(event.state?.total ?? 0) + event.Records.length;
 * return new TimeWindowResponse({ total: String(total) });
 * ```
 */
export class TimeWindowResponse {
  readonly state: Record<string, unknown>;
  readonly batchItemFailures: BatchItemFailure[];

  constructor(state: Record<string, unknown>, failedItemIdentifiers: Iterable<string> = []) {
    this.state = state;
    this.batchItemFailures = [...failedItemIdentifiers].map((itemIdentifier) => ({ itemIdentifier }));
  }
}
