import type { ClassType } from '../../../decorators/class-type.js';
import { EndRecord, LogsReportRecord } from './logs-api-records.js';
import {
  ExtensionStateRecord,
  InitReportRecord,
  InitRuntimeDoneRecord,
  InitStartRecord,
  LogsDroppedRecord,
  ReportRecord,
  RuntimeDoneRecord,
  StartRecord,
  SubscriptionRecord,
} from './platform-records.js';

/** One telemetry record as Lambda posts it: when, what type, and the record itself. */
export interface TelemetryEnvelope<TType extends string, TRecord> {
  /** ISO-8601 time the record was made. */
  readonly time: string;
  readonly type: TType;
  readonly record: TRecord;
}

/** A log line: text, or an object when the function or extension logs in JSON format. */
export type LogLine = string | Readonly<Record<string, unknown>>;

/**
 * A record lambdakit has no class for (a type AWS added later), or one whose record did not match
 * its class: passed on as it came, never dropped. `recordType` is the type Lambda sent.
 */
export interface UntypedTelemetryEvent {
  readonly time: string;
  readonly type: 'untyped';
  readonly recordType: string;
  readonly record: unknown;
  /** Why a known type arrived untyped: its validation failure. */
  readonly problem?: string;
}

/** A Telemetry API (2022-07-01) record, typed and validated. */
export type TelemetryEvent =
  | TelemetryEnvelope<'platform.initStart', InitStartRecord>
  | TelemetryEnvelope<'platform.initRuntimeDone', InitRuntimeDoneRecord>
  | TelemetryEnvelope<'platform.initReport', InitReportRecord>
  | TelemetryEnvelope<'platform.start', StartRecord>
  | TelemetryEnvelope<'platform.runtimeDone', RuntimeDoneRecord>
  | TelemetryEnvelope<'platform.report', ReportRecord>
  | TelemetryEnvelope<'platform.extension', ExtensionStateRecord>
  | TelemetryEnvelope<'platform.telemetrySubscription', SubscriptionRecord>
  | TelemetryEnvelope<'platform.logsDropped', LogsDroppedRecord>
  | TelemetryEnvelope<'function' | 'extension', LogLine>
  | UntypedTelemetryEvent;

/** A Logs API (2020-08-15) record, typed and validated. */
export type LogsApiEvent =
  | TelemetryEnvelope<'platform.start', StartRecord>
  | TelemetryEnvelope<'platform.end', EndRecord>
  | TelemetryEnvelope<'platform.report', LogsReportRecord>
  | TelemetryEnvelope<'platform.runtimeDone', RuntimeDoneRecord>
  | TelemetryEnvelope<'platform.extension', ExtensionStateRecord>
  | TelemetryEnvelope<'platform.logsSubscription', SubscriptionRecord>
  | TelemetryEnvelope<'platform.logsDropped', LogsDroppedRecord>
  | TelemetryEnvelope<'platform.fault' | 'function' | 'extension', LogLine>
  | UntypedTelemetryEvent;

/** How each record type is read: into its class, or as a log line. */
export type RecordSchema = ReadonlyMap<string, ClassType<object> | 'line'>;

/** The Telemetry API's record types. */
export const TELEMETRY_SCHEMA: RecordSchema = new Map<string, ClassType<object> | 'line'>([
  ['platform.initStart', InitStartRecord],
  ['platform.initRuntimeDone', InitRuntimeDoneRecord],
  ['platform.initReport', InitReportRecord],
  ['platform.start', StartRecord],
  ['platform.runtimeDone', RuntimeDoneRecord],
  ['platform.report', ReportRecord],
  ['platform.extension', ExtensionStateRecord],
  ['platform.telemetrySubscription', SubscriptionRecord],
  ['platform.logsDropped', LogsDroppedRecord],
  ['function', 'line'],
  ['extension', 'line'],
]);

/** The Logs API's record types. */
export const LOGS_API_SCHEMA: RecordSchema = new Map<string, ClassType<object> | 'line'>([
  ['platform.start', StartRecord],
  ['platform.end', EndRecord],
  ['platform.report', LogsReportRecord],
  ['platform.runtimeDone', RuntimeDoneRecord],
  ['platform.extension', ExtensionStateRecord],
  ['platform.logsSubscription', SubscriptionRecord],
  ['platform.logsDropped', LogsDroppedRecord],
  ['platform.fault', 'line'],
  ['function', 'line'],
  ['extension', 'line'],
]);
