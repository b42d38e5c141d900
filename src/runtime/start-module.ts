import { pathToFileURL } from 'node:url';
import { HandlerNotFoundError } from '../errors/runtime-errors.js';
import type { CallbackHandler, FunctionHandler } from './handler.js';
import { locateHandler } from './handler-setting.js';
import { failInit } from './init-error.js';
import { prepareRuntime } from './prepare-runtime.js';
import { run } from './run.js';

/** Options of {@link startModule}. */
export interface StartModuleOptions {
  /**
   * The export to run, dotted for a nested one (`handlers.orders`); when absent, `handler` then
   * `default`.
   * @default 'handler'
   */
  readonly handler?: string;
}

/** Options of {@link startHandler}. */
export interface StartHandlerOptions {
  /**
   * The handler setting, `module.export` (`index.handler`, `src/orders.handler`).
   * @default process.env._HANDLER
   */
  readonly handler?: string;
  /**
   * The directory the module path is relative to.
   * @default process.env.LAMBDA_TASK_ROOT, else the current directory
   */
  readonly taskRoot?: string;
}

type AnyHandler = FunctionHandler | CallbackHandler;

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
export function startModule(load: () => Promise<unknown>, options: StartModuleOptions = {}): Promise<never> {
  return startWith(async () => pickHandler(await load(), options.handler));
}

/**
 * Runs the handler named by `_HANDLER` (module under `LAMBDA_TASK_ROOT`, then export), as a
 * user of the managed Node.js runtime configures it: `index.handler` runs the `handler` export of
 * `index.js`/`.mjs`/`.cjs`; `src/orders.handlers.create` the nested export `handlers.create` of
 * `src/orders`. A malformed setting is `Runtime.MalformedHandlerName`, a missing module
 * `Runtime.ImportModuleError`, a missing export `Runtime.HandlerNotFound`, each an init error.
 *
 * @example
 * ```ts
 * // _HANDLER=index.handler LAMBDA_TASK_ROOT=/var/task
 * await startHandler();
 * ```
 */
export function startHandler(options: StartHandlerOptions = {}): Promise<never> {
  const setting = options.handler ?? process.env._HANDLER ?? '';
  const taskRoot = options.taskRoot ?? process.env.LAMBDA_TASK_ROOT ?? process.cwd();
  return startWith(async () => {
    const { file, exportName } = locateHandler(setting, taskRoot);
    return pickHandler(await import(pathToFileURL(file).href), exportName);
  });
}

/** Sets the runtime up, loads the handler (a failure is an init error), then runs the loop. */
async function startWith(loadHandler: () => Promise<AnyHandler>): Promise<never> {
  let handler: AnyHandler;
  try {
    prepareRuntime();
    handler = await loadHandler();
  } catch (error) {
    return failInit(error);
  }
  return run(handler);
}

function pickHandler(module: unknown, name: string | undefined): AnyHandler {
  const names = name ? [name] : ['handler', 'default'];
  for (const candidate of names) {
    const value = lookup(module, candidate) ?? lookup(field(module, 'default'), candidate);
    if (typeof value === 'function') return value as AnyHandler;
  }
  const found = Object.keys(isObject(module) ? module : {}).join(', ') || 'none';
  throw new HandlerNotFoundError(
    `the module exports no function named ${names.join(' or ')} (exports: ${found})`,
  );
}

/** `path` (dotted) inside `value`; a CommonJS module's exports sit under `default` too. */
function lookup(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => field(current, key), value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
