import type { LambdaContext } from './context.js';

/**
 * A function handler: gets the parsed event and the context; returns a result, a Promise of one,
 * or a stream (Readable, ReadableStream, async iterable, `StreamResponse`), which is sent streamed.
 */
export type FunctionHandler<TEvent = unknown, TResult = unknown> = (
  event: TEvent,
  context: LambdaContext,
) => TResult | Promise<TResult>;
