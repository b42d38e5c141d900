import type { LambdaContext } from './context.js';

/**
 * A function handler: gets the parsed event and the context; returns a result, a Promise of one,
 * or a stream (Readable, ReadableStream, async iterable, `StreamResponse`), which is sent streamed.
 */
export type FunctionHandler<TEvent = unknown, TResult = unknown> = (
  event: TEvent,
  context: LambdaContext,
) => TResult | Promise<TResult>;

/** The Node-style callback of a {@link CallbackHandler}: `callback(error)` or `callback(null, result)`. */
export type HandlerCallback<TResult = unknown> = (error?: unknown, result?: TResult) => void;

/**
 * A callback-style handler, as the managed Node.js runtimes up to Node 22 accept it: declared with
 * three parameters, it answers by calling `callback` (or by returning a promise, whichever comes
 * first).
 */
export type CallbackHandler<TEvent = unknown, TResult = unknown> = (
  event: TEvent,
  context: LambdaContext,
  callback: HandlerCallback<TResult>,
  // biome-ignore lint/suspicious/noConfusingVoidType: as @types/aws-lambda's Handler: a callback handler returns nothing (void) or a promise
) => void | Promise<TResult>;
