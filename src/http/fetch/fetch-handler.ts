import type { Context } from 'aws-lambda';
import type { StreamResponse } from '../../runtime/stream-response.js';
import type { LambdaHttpResult } from '../encoders/encode.js';

/**
 * What a fetch handler receives beside the `Request`: the raw Lambda event and the invocation's
 * context. Hono passes it to routes as `c.env` (`c.env.lambdaContext.awsRequestId`).
 */
export interface LambdaFetchEnv {
  /** The HTTP event as Lambda delivered it (API Gateway, ALB, Function URL, WebSocket, VPC Lattice). */
  readonly event: unknown;
  /** The invocation's context: lambdakit's own under `runFetch`, the managed runtime's under `createFetchHandler`. */
  readonly lambdaContext: Context;
}

/**
 * A web-standard fetch handler, as web frameworks export them (a Hono app's `app.fetch`): a
 * `Request` in, a `Response` out. Using the second argument is optional.
 */
export type FetchHandler = (request: Request, env: LambdaFetchEnv) => Response | Promise<Response>;

/** Options of `runFetch`. */
export interface RunFetchOptions {
  /**
   * The Function URL uses `InvokeMode: RESPONSE_STREAM`: every response to a Function URL event
   * is sent as a streaming response (status, headers and cookies first, then the body as the
   * `Response` yields it). Leave it off for `BUFFERED` URLs, which cannot take a stream.
   * @default false
   */
  readonly streamFunctionUrl?: boolean;
  /**
   * The REST API's Lambda integration uses response streaming (`responseTransferMode: STREAM`):
   * every response to a REST API event is sent as a streaming response, as that integration requires.
   * @default false
   */
  readonly streamRestApi?: boolean;
}

/** A Lambda handler for HTTP events: an encoded result, or a `StreamResponse` when streaming. */
export type LambdaHttpHandler = (
  event: unknown,
  context: Context,
) => Promise<LambdaHttpResult | StreamResponse>;
