import type { Client } from 'undici';
import ClientClass from 'undici/lib/dispatcher/client.js';
import type { ErrorPayload } from './error-payload.js';
import { exchange } from './exchange.js';
import { type NextInvocation, toNextInvocation } from './next-invocation.js';
import { type PostOutcome, postOutcome } from './post-outcome.js';
import { retryNext } from './retry-next.js';
import { type StreamOptions, streamResponse } from './stream-request.js';

const BASE = '/2018-06-01/runtime';
const JSON_TYPE = 'application/json';
const NEXT_PATH = `${BASE}/invocation/next`;

/**
 * The Lambda Runtime API (2018-06-01) over one keep-alive connection. A runtime with N concurrent
 * pollers makes N clients, so a long poll never blocks another poller's response.
 *
 * @example
 * ```ts
 * const api = new RuntimeApiClient(process.env.AWS_LAMBDA_RUNTIME_API!);
 * const inv = await api.next();
 * await api.respond(inv.requestId, JSON.stringify({ ok: true }));
 * ```
 */
export class RuntimeApiClient {
  readonly #client: Client;
  readonly #address: string;
  /** Header lists built once: undici takes flat `[name, value, ...]` arrays as they are. */
  readonly #plainHeaders: [string, string];
  readonly #jsonHeaders: string[];

  /** @param address `host:port` as in `AWS_LAMBDA_RUNTIME_API`. */
  constructor(address: string, userAgent = 'lambdakit') {
    this.#address = address;
    this.#plainHeaders = ['user-agent', userAgent];
    this.#jsonHeaders = [...this.#plainHeaders, 'content-type', JSON_TYPE];
    this.#client = new ClientClass(`http://${address}`, {
      keepAliveTimeout: 600_000,
      keepAliveMaxTimeout: 600_000,
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  }

  /**
   * Long-polls for the next invocation (no timeout: Lambda freezes the process meanwhile). A poll
   * that fails before any byte arrives (an idle connection the API closed) is tried again on a new
   * connection with backoff; one whose response had started is never repeated.
   */
  next(): Promise<NextInvocation> {
    return this.#poll().then(toNextInvocation, this.#retryPoll);
  }

  /** Posts a buffered result. A refusal (413 over the payload limit, 4xx) is returned, not thrown. */
  respond(requestId: string, body: string | Buffer, contentType = JSON_TYPE): Promise<PostOutcome> {
    const headers =
      contentType === JSON_TYPE ? this.#jsonHeaders : [...this.#plainHeaders, 'content-type', contentType];
    return this.#send('POST', `${BASE}/invocation/${requestId}/response`, body, headers).then(postOutcome);
  }

  /** Streams a result (`Lambda-Runtime-Function-Response-Mode: streaming`), failing through trailers. */
  respondStream(
    requestId: string,
    chunks: AsyncIterable<Uint8Array>,
    options: StreamOptions,
  ): Promise<PostOutcome> {
    return streamResponse(this.#address, `${BASE}/invocation/${requestId}/response`, chunks, {
      ...options,
      userAgent: this.#plainHeaders[1],
    });
  }

  /** Reports an invocation's failure. */
  error(requestId: string, payload: ErrorPayload): Promise<PostOutcome> {
    return this.#postError(`${BASE}/invocation/${requestId}/error`, payload);
  }

  /** Reports a failure during initialisation; the process should exit afterwards. */
  initError(payload: ErrorPayload): Promise<PostOutcome> {
    return this.#postError(`${BASE}/init/error`, payload);
  }

  /** Closes the connection. */
  close(): Promise<void> {
    return this.#client.close();
  }

  readonly #poll = () => this.#send('GET', NEXT_PATH, null, this.#plainHeaders);
  readonly #retryPoll = (failure: unknown) => retryNext(failure, this.#poll).then(toNextInvocation);

  #postError(path: string, payload: ErrorPayload): Promise<PostOutcome> {
    const headers = [...this.#jsonHeaders, 'lambda-runtime-function-error-type', payload.errorType];
    return this.#send('POST', path, JSON.stringify(payload), headers).then(postOutcome);
  }

  #send(method: 'GET' | 'POST', path: string, body: string | Buffer | null, headers: string[]) {
    return exchange(this.#client, this.#address, { method, path, body, headers });
  }
}
