import type { FetchHandler, LambdaHttpHandler } from './fetch-handler.js';
import { fetchToLambdaHandler } from './handle-fetch.js';

/**
 * A web-standard fetch handler (a Hono app's `app.fetch`, …) as a `handler(event, context)` for the
 * managed Node.js runtimes, over every HTTP integration `runFetch` serves. It answers buffered
 * results (a streamed `Response` body is read to the end): streaming from the managed runtime
 * needs its own `awslambda.streamifyResponse`, so use `runFetch` to stream. The fetch handler gets
 * `{ event, lambdaContext }` as its second argument (`c.env` in Hono).
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { createFetchHandler } from 'lambdakit/http';
 *
 * const app = new Hono();
 * app.get('/ping', (c) => c.text('pong'));
 * export const handler = createFetchHandler(app.fetch);
 * ```
 */
export function createFetchHandler(fetchHandler: FetchHandler): LambdaHttpHandler {
  return fetchToLambdaHandler(fetchHandler, {});
}
