import { HandlerNeverSettledError, UnhandledRejectionError } from '../errors/runtime-errors.js';
import { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import { toErrorPayload } from './error-payload.js';
import type { InFlight } from './in-flight.js';
import { sendError } from './send-result.js';

/**
 * An unhandled rejection or uncaught exception leaves the process in an unknown state. As the
 * official Node runtime does, every invocation still open fails with `Runtime.UnhandledRejection`
 * and the process exits non-zero; Lambda starts a fresh one.
 */
export function exitOnUnhandledErrors(runtimeApi: string, userAgent: string, inFlight: InFlight): void {
  let exiting = false;
  const fail = async (reason: unknown) => {
    if (exiting) return;
    exiting = true;
    const error = toUnhandledError(reason);
    console.error(`${error.errorType}: ${error.message}`);
    const open = inFlight.claimAll();
    // A fresh connection: the pollers' connections may be parked on a long poll.
    const api = new RuntimeApiClient(runtimeApi, userAgent);
    await Promise.allSettled(open.map((requestId) => sendError(api, requestId, error)));
    process.exit(1);
  };
  process.on('unhandledRejection', fail);
  process.on('uncaughtException', fail);
}

function toUnhandledError(reason: unknown): UnhandledRejectionError {
  const { errorType, errorMessage } = toErrorPayload(reason);
  const message = errorType === 'Runtime.NonErrorThrown' ? errorMessage : `${errorType}: ${errorMessage}`;
  const error = new UnhandledRejectionError(message, { cause: reason });
  const stack = readStack(reason);
  if (stack) error.stack = stack;
  return error;
}

function readStack(reason: unknown): string | undefined {
  try {
    return reason instanceof Error && typeof reason.stack === 'string' ? reason.stack : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the event loop runs empty while invocations are open, their handlers can never settle
 * (a promise nothing will resolve). Rather than let the process exit under them, fail them now.
 */
export function failUnsettledOnEmptyLoop(inFlight: InFlight): void {
  process.on('beforeExit', () => {
    inFlight.failAll(
      new HandlerNeverSettledError(
        'the handler returned a promise that can never settle: nothing is left to resolve it',
      ),
    );
  });
}
