import { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import { RuntimeApiError } from '../runtime-api/runtime-api-error.js';
import { fromCallbackStyle, isCallbackStyle } from './callback-handler.js';
import { toErrorPayload } from './error-payload.js';
import { exitOnUnhandledErrors, failUnsettledOnEmptyLoop } from './fatal.js';
import type { CallbackHandler, FunctionHandler } from './handler.js';
import { InFlight } from './in-flight.js';
import { failInit } from './init-error.js';
import { armInitGuard, disarmInitGuard } from './init-guard.js';
import { type InvokeEnvironment, invoke } from './invoke.js';
import { markLoopRunning } from './loop-flag.js';
import { type PreparedRuntime, prepareRuntime } from './prepare-runtime.js';
import { registerShutdownExtension } from './shutdown.js';
import { USER_AGENT } from './version.js';

armInitGuard();

/**
 * Runs the Lambda invocation loop for `handler`: next → invoke → respond/error, forever. With
 * `AWS_LAMBDA_MAX_CONCURRENCY=N` (Managed Instances) it runs N pollers in this process, each
 * invocation with its own context. A handler's failure fails only its invocation; losing the
 * Runtime API ends the process non-zero so Lambda replaces it. A handler with an `init()` method
 * (an app's handler) is initialised first; a failure there goes to `/init/error`. When `onShutdown`
 * hooks exist, a no-op internal extension is registered so that Lambda sends SIGTERM.
 *
 * A handler declared with three parameters `(event, context, callback)` is a callback handler, as
 * on the managed Node.js runtimes: `callback(error)` or `callback(null, result)` answers. With
 * `context.callbackWaitsForEmptyEventLoop` true (the default), the next invocation is polled
 * only once the event loop has run empty (one invocation at a time only).
 *
 * @example
 * ```ts
 * import { run } from 'lambdakit';
 * await run(async (event: { name: string }, ctx) => ({ hello: event.name, id: ctx.awsRequestId }));
 * ```
 */
export async function run<TEvent, TResult>(
  handler: FunctionHandler<TEvent, TResult> | CallbackHandler<TEvent, TResult>,
): Promise<never> {
  markLoopRunning();
  let prepared: PreparedRuntime;
  try {
    prepared = prepareRuntime();
  } catch (error) {
    return failInit(error);
  }
  const { config, store } = prepared;
  try {
    if (hasInit(handler)) await handler.init();
    // Before the first /next: Lambda takes extension registrations only during init.
    await registerShutdownExtension(config.runtimeApi);
  } catch (error) {
    return failInit(error);
  }
  const inFlight = new InFlight();
  disarmInitGuard();
  exitOnUnhandledErrors(config.runtimeApi, USER_AGENT, inFlight);
  failUnsettledOnEmptyLoop(inFlight);
  const callHandler = fromCallbackStyle(handler) as FunctionHandler;
  const drainAfterCallback = isCallbackStyle(handler) && config.maxConcurrency === 1;
  const pollers = Array.from({ length: config.maxConcurrency }, () =>
    poll({
      api: new RuntimeApiClient(config.runtimeApi, USER_AGENT),
      handler: callHandler,
      config,
      store,
      inFlight,
      drainAfterCallback,
    }),
  );
  return Promise.race(pollers);
}

/**
 * One poller: next → invoke, forever. Only a Runtime API failure ends the process; anything else
 * that escapes an invocation (it never should: reporting an error cannot fail) is logged and the
 * poller goes on.
 */
async function poll(env: InvokeEnvironment): Promise<never> {
  for (;;) {
    try {
      await invoke(env, await env.api.next());
    } catch (error) {
      if (error instanceof RuntimeApiError) exitOnApiFailure(error);
      console.error(
        `lambdakit: an invocation ended in an internal error: ${toErrorPayload(error).errorMessage}`,
      );
    }
  }
}

function exitOnApiFailure(error: RuntimeApiError): never {
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  console.error(`lambdakit: the runtime cannot go on: ${error.message}${cause}`);
  process.exit(1);
}

function hasInit(handler: object): handler is { init(): Promise<void> } {
  return typeof (handler as { init?: unknown }).init === 'function';
}
