export type { LogLevel, RuntimeConfig } from './config.js';
export { LambdaContext, LambdaContext as Context } from './context.js';
export { currentContext } from './context-store.js';
export type { FunctionHandler } from './handler.js';
export { run } from './run.js';
export { onShutdown, type ShutdownHook } from './shutdown.js';
export { type StartModuleOptions, startModule } from './start-module.js';
export { type StreamBody, StreamResponse, type StreamResponseOptions } from './stream-response.js';
export { VERSION } from './version.js';
