/** The records of the Telemetry API (2022-07-01 schema) the emulator produces, and their builders. */

/**
 * One record as a subscriber receives it, in a JSON array POSTed to its destination.
 *
 * @example
 * ```ts
 * // what a subscriber's listener receives
 * const batch: TelemetryRecord[] = await request.json();
 * for (const { type, record } of batch) if (type === 'platform.report') console.log(record);
 * ```
 */
export interface TelemetryRecord {
  /** ISO 8601 time the record was produced. */
  readonly time: string;
  /** `platform.*`, `function` or `extension`. */
  readonly type: string;
  /** An object for platform records; the log line as text for `function` and `extension`. */
  readonly record: unknown;
}

/** The kinds of telemetry an extension subscribes to. */
export type TelemetryCategory = 'platform' | 'function' | 'extension';

/** Every category, for validation. */
export const TELEMETRY_CATEGORIES: readonly TelemetryCategory[] = ['platform', 'function', 'extension'];

/** Outcome of an invocation or of init, as telemetry spells it. */
export type TelemetryStatus = 'success' | 'error' | 'failure' | 'timeout';

/** X-Ray tracing context of an invocation record. */
export interface TelemetryTracing {
  readonly type: 'X-Amzn-Trace-Id';
  readonly value: string;
}

/** A timed part of the invocation (`responseLatency`, `responseDuration`). */
export interface TelemetrySpan {
  readonly name: string;
  readonly start: string;
  readonly durationMs: number;
}

/** Metrics of `platform.report`. */
export interface ReportMetrics {
  readonly durationMs: number;
  readonly billedDurationMs: number;
  readonly memorySizeMB: number;
  readonly maxMemoryUsedMB: number;
  /** Only on the first invocation of an environment (a cold start). */
  readonly initDurationMs?: number;
}

/** The category a record type belongs to. */
export function categoryOf(type: string): TelemetryCategory {
  if (type === 'function' || type === 'extension') return type;
  return 'platform';
}

/** A record stamped now. */
export function telemetryRecord(type: string, record: unknown, at: Date = new Date()): TelemetryRecord {
  return { time: at.toISOString(), type, record };
}

/** Rounds a duration as Lambda reports it (three decimals). */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Maps an emulator outcome to a telemetry status. */
export function telemetryStatus(status: 'success' | 'error' | 'timeout' | 'crash'): TelemetryStatus {
  return status === 'crash' ? 'failure' : status;
}

/**
 * A Telemetry API record as the older Logs API (2020-08-15) delivers it, or nothing when that
 * API has no such record (the init records).
 */
export function toLogsApiRecords(telemetry: TelemetryRecord): TelemetryRecord[] {
  const record = telemetry.record;
  const field = (name: string): unknown =>
    typeof record === 'object' && record !== null ? Reflect.get(record, name) : undefined;
  const requestId = field('requestId');
  switch (telemetry.type) {
    case 'platform.initStart':
    case 'platform.initRuntimeDone':
    case 'platform.initReport':
      return [];
    case 'platform.start':
      return [{ ...telemetry, record: { requestId, version: field('version') } }];
    case 'platform.runtimeDone':
      return [
        { ...telemetry, record: { requestId, status: field('status') } },
        { ...telemetry, type: 'platform.end', record: { requestId } },
      ];
    case 'platform.report':
      return [{ ...telemetry, record: { requestId, metrics: field('metrics') } }];
    case 'platform.telemetrySubscription':
      return [{ ...telemetry, type: 'platform.logsSubscription' }];
    default:
      return [telemetry];
  }
}
