import { HandlerNotFoundError } from '../errors/runtime-errors.js';
import type { FunctionHandler } from './handler.js';
import { failInit } from './init-error.js';
import { prepareRuntime } from './prepare-runtime.js';
import { run } from './run.js';

/** Options of {@link startModule}. */
export interface StartModuleOptions {
  /**
   * The export to run; when absent, `handler` then `default`.
   * @default 'handler'
   */
  readonly handler?: string;
}

/**
 * Loads a function module and runs its handler export in the invocation loop: what a custom
 * runtime's `bootstrap` runs. A module that throws while loading, or that has no such export, is
 * reported as an init error and the process exits non-zero.
 *
 * @example
 * ```ts
 * await startModule(() => import('./my-function.js'));
 * ```
 */
export async function startModule(
  load: () => Promise<unknown>,
  options: StartModuleOptions = {},
): Promise<never> {
  let handler: FunctionHandler;
  try {
    prepareRuntime();
    handler = pickHandler(await load(), options.handler);
  } catch (error) {
    return failInit(error);
  }
  return run(handler);
}

function pickHandler(module: unknown, name: string | undefined): FunctionHandler {
  const exports = (typeof module === 'object' && module !== null ? module : {}) as Record<string, unknown>;
  const names = name ? [name] : ['handler', 'default'];
  for (const candidate of names) {
    const value = exports[candidate];
    if (typeof value === 'function') return value as FunctionHandler;
  }
  const found = Object.keys(exports).join(', ') || 'none';
  throw new HandlerNotFoundError(
    `the module exports no function named ${names.join(' or ')} (exports: ${found})`,
  );
}
