export type { LogLevel, RuntimeConfig } from './config.js';
export { LambdaContext, LambdaContext as Context } from './context.js';
export { currentContext } from './context-store.js';
export type { CallbackHandler, FunctionHandler, HandlerCallback } from './handler.js';
export { run } from './run.js';
export { onShutdown, type ShutdownHook } from './shutdown.js';
export {
  type StartHandlerOptions,
  type StartModuleOptions,
  startHandler,
  startModule,
} from './start-module.js';
export { type StreamBody, StreamResponse, type StreamResponseOptions } from './stream-response.js';
export { VERSION } from './version.js';
