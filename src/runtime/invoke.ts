import { InvalidEventError } from '../errors/runtime-errors.js';
import type { NextInvocation } from '../runtime-api/next-invocation.js';
import type { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import { eventLoopEmptied, waitsForEmptyEventLoop } from './callback-handler.js';
import type { RuntimeConfig } from './config.js';
import { LambdaContext, type Settle } from './context.js';
import type { ContextStore } from './context-store.js';
import type { FunctionHandler } from './handler.js';
import type { InFlight } from './in-flight.js';
import { sendError, sendResult } from './send-result.js';
import { isThenable } from './thenable.js';

type Outcome = Parameters<Settle>[0];

/** What one poller needs to run invocations. */
export interface InvokeEnvironment {
  readonly api: RuntimeApiClient;
  readonly handler: FunctionHandler;
  readonly config: RuntimeConfig;
  readonly store: ContextStore;
  readonly inFlight: InFlight;
  /**
   * A callback handler in one-at-a-time mode: after an answer given through the callback, wait
   * for the event loop to run empty when `context.callbackWaitsForEmptyEventLoop` is true, as the
   * official runtime does.
   */
  readonly drainAfterCallback: boolean;
}

/**
 * Runs one invocation to its single answer: parses the event, calls the handler inside the
 * invocation's context, and reports the result or the error. Never throws for the handler's sake;
 * only a Runtime API failure escapes.
 */
export async function invoke(env: InvokeEnvironment, invocation: NextInvocation): Promise<void> {
  const { requestId } = invocation;
  let resolve!: (outcome: Outcome) => void;
  const outcome = new Promise<Outcome>((r) => {
    resolve = r;
  });
  const settle = settleOnce(resolve);
  const open = env.inFlight.begin(requestId, settle);
  const context = new LambdaContext(invocation, env.config, settle);
  if (env.config.maxConcurrency === 1) setTraceEnv(invocation.traceId);
  const event = parseEvent(invocation.body);
  if (event instanceof InvalidEventError) settle({ ok: false, error: event });
  else env.store.run(context, () => callHandler(env.handler, event, context, settle));

  const result = await outcome;
  if (!env.inFlight.claim(open)) return;
  try {
    if (result.ok) await sendResult(env.api, requestId, result.value);
    else await sendError(env.api, requestId, result.error);
  } finally {
    context.release();
    env.store.leave();
  }
  if (env.drainAfterCallback && waitsForEmptyEventLoop(context)) await eventLoopEmptied();
}

/**
 * `resolve`, taking only its first call. The closure is returned anonymous: one bound to a name
 * would get a `defineProperty` of its name at every invocation from the bundle's kept names
 * (esbuild's `keepNames`).
 */
function settleOnce(resolve: (outcome: Outcome) => void): Settle {
  let settled = false;
  return (result) => {
    if (settled) return;
    settled = true;
    resolve(result);
  };
}

function callHandler(handler: FunctionHandler, event: unknown, context: LambdaContext, settle: Settle): void {
  try {
    const value = handler(event, context);
    if (isThenable(value)) {
      value.then(
        (resolved) => settle({ ok: true, value: resolved }),
        (error: unknown) => settle({ ok: false, error }),
      );
    } else {
      settle({ ok: true, value });
    }
  } catch (error) {
    settle({ ok: false, error });
  }
}

function parseEvent(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new InvalidEventError(`the event is not valid JSON (${body.length} bytes): ${reason}`, { cause });
  }
}

function setTraceEnv(traceId: string | undefined): void {
  if (traceId) process.env._X_AMZN_TRACE_ID = traceId;
  else delete process.env._X_AMZN_TRACE_ID;
}
