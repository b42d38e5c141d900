import { type RuntimeConfig, readRuntimeConfig } from './config.js';
import { type ContextStore, useContextStore } from './context-store.js';
import { installLogging } from './logging.js';

/** What the runtime sets up once per process, before the function's module loads. */
export interface PreparedRuntime {
  readonly config: RuntimeConfig;
  readonly store: ContextStore;
}

let prepared: PreparedRuntime | undefined;

/**
 * Reads the Lambda environment and routes `console` through Lambda's log format, once per process:
 * `startModule` calls it before importing the function, so what the module logs while it loads is
 * formatted like the rest. A missing `AWS_LAMBDA_RUNTIME_API` throws an `InitError`.
 */
export function prepareRuntime(): PreparedRuntime {
  if (!prepared) {
    const config = readRuntimeConfig();
    const store = useContextStore(config.maxConcurrency > 1);
    installLogging(config, store);
    prepared = { config, store };
  }
  return prepared;
}
