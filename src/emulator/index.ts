/**
 * lambdakit/emulator: a local Lambda for development and tests — the Runtime API for the function
 * process, the Invoke API for callers, and the Extensions and Telemetry APIs for extensions, on
 * one loopback server.
 */
export { type Emulator, startEmulator } from './emulator.js';
export type {
  ExtensionEvent,
  ExtensionEventType,
  ExtensionInvokeEvent,
  ExtensionShutdownEvent,
  ShutdownReason,
} from './extension-events.js';
export type { HistoryChange, InvocationHistory, InvocationRecord } from './invocation-history.js';
export { type InvokeOptions, type InvokeResult, invokeFunction } from './invoke-client.js';
export {
  DEFAULT_EMULATOR_OPTIONS,
  type EmulatorOptions,
  type EmulatorRoute,
  type FunctionOutput,
  HTTP_EVENT_FORMATS,
  type HttpEventFormat,
  type HttpRequestLine,
  type InvocationReport,
  type InvocationStatus,
} from './options.js';
export { BUFFERING_LIMITS } from './telemetry-api.js';
export type {
  ReportMetrics,
  TelemetryCategory,
  TelemetryRecord,
  TelemetrySpan,
  TelemetryStatus,
  TelemetryTracing,
} from './telemetry-records.js';
export { newTraceId, TRACE_ID_PATTERN } from './trace-id.js';
