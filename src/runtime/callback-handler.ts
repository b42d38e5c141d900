import type { CallbackHandler, FunctionHandler } from './handler.js';
import { isThenable } from './thenable.js';

/**
 * A handler declared with three parameters `(event, context, callback)` is a callback handler, as
 * the official Node.js runtime decides it. This turns one into a promise-returning handler: the
 * first of `callback(error)`, `callback(null, result)`, a returned promise or a synchronous throw
 * answers the invocation; later calls are ignored. Two-parameter handlers are returned as they are,
 * so the usual path pays nothing.
 */
export function fromCallbackStyle<TEvent, TResult>(
  handler: FunctionHandler<TEvent, TResult> | CallbackHandler<TEvent, TResult>,
): FunctionHandler<TEvent, TResult> {
  if (!isCallbackStyle(handler)) return handler;
  return (event, context) =>
    new Promise<TResult>((resolve, reject) => {
      let settled = false;
      const callback = (error?: unknown, result?: TResult) => {
        if (settled) return;
        settled = true;
        answeredByCallback.add(context);
        if (error === undefined || error === null) resolve(result as TResult);
        else reject(error);
      };
      const value = handler(event, context, callback);
      if (isThenable(value)) {
        value.then(
          (result) => {
            settled = true;
            resolve(result);
          },
          (error: unknown) => {
            settled = true;
            reject(error);
          },
        );
      }
    });
}

/** Invocations a callback answered (not a returned promise): only those wait for the event loop. */
const answeredByCallback = new WeakSet<object>();

/**
 * True when `callback` answered this invocation and `context.callbackWaitsForEmptyEventLoop` is
 * set: the official runtime then polls for the next invocation only once the event loop is empty.
 * A returned promise, `context.succeed/fail/done` or a throw never wait.
 */
export function waitsForEmptyEventLoop(context: { callbackWaitsForEmptyEventLoop: boolean }): boolean {
  return answeredByCallback.has(context) && context.callbackWaitsForEmptyEventLoop;
}

/** True for a handler declared with three parameters (the callback form). */
export function isCallbackStyle<TEvent, TResult>(
  handler: FunctionHandler<TEvent, TResult> | CallbackHandler<TEvent, TResult>,
): handler is CallbackHandler<TEvent, TResult> {
  return handler.length >= 3;
}

/** Resolves when the event loop has nothing left to do (Node's `beforeExit`). */
export function eventLoopEmptied(): Promise<void> {
  return new Promise((resolve) => process.once('beforeExit', () => resolve()));
}
