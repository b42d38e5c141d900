import { run } from '../../runtime/run.js';
import type { FetchHandler, RunFetchOptions } from './fetch-handler.js';
import { fetchToLambdaHandler } from './handle-fetch.js';

/**
 * Runs a web-standard fetch handler (a Hono app's `app.fetch`, …) in lambdakit's invocation loop
 * (custom runtime) over every HTTP integration: API Gateway REST and HTTP APIs, ALB, Function
 * URLs, WebSocket APIs (method = event type, path = `/` + route key) and VPC Lattice. The handler
 * gets the request as a `Request` and `{ event, lambdaContext }` as its second argument (`c.env`
 * in Hono); `currentContext()` works too. Bodies of integrations that cannot stream are read to
 * the end; see the options for the two that can.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { runFetch, type LambdaFetchEnv } from 'lambdakit/http';
 *
 * const app = new Hono<{ Bindings: LambdaFetchEnv }>();
 * app.get('/hello/:name', (c) => c.json({ hello: c.req.param('name'), id: c.env.lambdaContext.awsRequestId }));
 * await runFetch(app.fetch, { streamFunctionUrl: true });
 * ```
 */
export function runFetch(fetchHandler: FetchHandler, options: RunFetchOptions = {}): Promise<never> {
  return run(fetchToLambdaHandler(fetchHandler, options));
}
