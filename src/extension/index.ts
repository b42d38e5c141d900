/**
 * lambdakit/extension: Lambda extensions as classes. Internal extensions run in the function's
 * process (`createApp({ extensions })`), external ones as their own process (`runExtension`);
 * `@OnTelemetry` methods receive typed Telemetry API batches. The Extensions API client is here too.
 */

export { ExtensionApiError } from '../runtime-api/extension-api-error.js';
export type {
  ExtensionEvent,
  ExtensionEventType,
  ExtensionTracing,
  InvokeEvent,
  ShutdownEvent,
  ShutdownReason,
} from '../runtime-api/extension-events.js';
export {
  ExtensionsApiClient,
  type ExtensionsApiClientOptions,
  type Registration,
} from '../runtime-api/extensions-api-client.js';
export { createExtensionApp, ExtensionApp, type ExtensionAppOptions, runExtension } from './extension-app.js';
export { ExtensionConfigError } from './extension-config-error.js';
export { type StartExtensionModuleOptions, startExtensionModule } from './start-extension-module.js';
export { DEFAULT_BUFFERING } from './telemetry/buffering.js';
export { EndRecord, LogsReportRecord } from './telemetry/logs-api-records.js';
export { TelemetryParseError } from './telemetry/parse-telemetry.js';
export * from './telemetry/platform-records.js';
export * from './telemetry/record-parts.js';
export type {
  LogLine,
  LogsApiEvent,
  TelemetryEnvelope,
  TelemetryEvent,
  UntypedTelemetryEvent,
} from './telemetry/telemetry-events.js';
