/**
 * lambdakit/emulator: a local Lambda for development and tests — the Runtime API for the function
 * process and the Invoke API for callers, on one loopback server.
 */
export { type Emulator, startEmulator } from './emulator.js';
export { type InvokeOptions, type InvokeResult, invokeFunction } from './invoke-client.js';
export {
  DEFAULT_EMULATOR_OPTIONS,
  type EmulatorOptions,
  type FunctionOutput,
  HTTP_EVENT_FORMATS,
  type HttpEventFormat,
  type HttpRequestLine,
  type InvocationReport,
  type InvocationStatus,
} from './options.js';
export { newTraceId, TRACE_ID_PATTERN } from './trace-id.js';
