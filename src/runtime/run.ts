import { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import { RuntimeApiError } from '../runtime-api/runtime-api-error.js';
import { exitOnUnhandledErrors, failUnsettledOnEmptyLoop } from './fatal.js';
import type { FunctionHandler } from './handler.js';
import { InFlight } from './in-flight.js';
import { failInit } from './init-error.js';
import { type InvokeEnvironment, invoke } from './invoke.js';
import { type PreparedRuntime, prepareRuntime } from './prepare-runtime.js';
import { USER_AGENT } from './version.js';

/**
 * Runs the Lambda invocation loop for `handler`: next → invoke → respond/error, forever. With
 * `AWS_LAMBDA_MAX_CONCURRENCY=N` (Managed Instances) it runs N pollers in this process, each
 * invocation with its own context. A handler's failure fails only its invocation; losing the
 * Runtime API ends the process non-zero so Lambda replaces it. A handler with an `init()` method
 * (an app's handler) is initialised first; a failure there goes to `/init/error`.
 *
 * @example
 * ```ts
 * import { run } from 'lambdakit';
 * await run(async (event: { name: string }, ctx) => ({ hello: event.name, id: ctx.awsRequestId }));
 * ```
 */
export async function run<TEvent, TResult>(handler: FunctionHandler<TEvent, TResult>): Promise<never> {
  let prepared: PreparedRuntime;
  try {
    prepared = prepareRuntime();
  } catch (error) {
    return failInit(error);
  }
  const { config, store } = prepared;
  if (hasInit(handler)) {
    try {
      await handler.init();
    } catch (error) {
      return failInit(error);
    }
  }
  const inFlight = new InFlight();
  exitOnUnhandledErrors(config.runtimeApi, USER_AGENT, inFlight);
  failUnsettledOnEmptyLoop(inFlight);
  const pollers = Array.from({ length: config.maxConcurrency }, () =>
    poll({
      api: new RuntimeApiClient(config.runtimeApi, USER_AGENT),
      handler: handler as FunctionHandler,
      config,
      store,
      inFlight,
    }),
  );
  return Promise.race(pollers);
}

async function poll(env: InvokeEnvironment): Promise<never> {
  for (;;) {
    try {
      await invoke(env, await env.api.next());
    } catch (error) {
      exitOnApiFailure(error);
    }
  }
}

function exitOnApiFailure(error: unknown): never {
  const cause =
    error instanceof RuntimeApiError && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const message = error instanceof Error ? error.message : String(error);
  console.error(`lambdakit: the runtime cannot go on: ${message}${cause}`);
  process.exit(1);
}

function hasInit(handler: object): handler is { init(): Promise<void> } {
  return typeof (handler as { init?: unknown }).init === 'function';
}
