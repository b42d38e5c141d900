import {
  ResponseRejectedError,
  ResponseSerializationError,
  ResponseTooLargeError,
} from '../errors/runtime-errors.js';
import type { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import type { StreamOptions } from '../runtime-api/stream-request.js';
import { toErrorPayload } from './error-payload.js';
import { type StreamBody, StreamResponse } from './stream-response.js';

const HTTP_INTEGRATION_TYPE = 'application/vnd.awslambda.http-integration-response';
const PRELUDE_SEPARATOR = new Uint8Array(8);

/** Sends a handler's result: buffered JSON, or a stream for stream-like results. */
export async function sendResult(api: RuntimeApiClient, requestId: string, value: unknown): Promise<void> {
  let body: string | PreparedStream;
  try {
    body = prepare(value);
  } catch (cause) {
    const reason = toErrorPayload(cause).errorMessage;
    return sendError(
      api,
      requestId,
      new ResponseSerializationError(`the result cannot be serialized: ${reason}`, { cause }),
    );
  }
  if (typeof body !== 'string') return sendStream(api, requestId, body);
  const outcome = await api.respond(requestId, body);
  if (outcome.accepted) return;
  if (outcome.status === 413) {
    const size = Buffer.byteLength(body);
    return sendError(
      api,
      requestId,
      new ResponseTooLargeError(`the response is ${size} bytes, over the payload limit: ${outcome.body}`),
    );
  }
  if (outcome.status >= 400 && outcome.status < 500) {
    const reason = `the Runtime API refused the response (${outcome.status}): ${outcome.body}`;
    return sendError(api, requestId, new ResponseRejectedError(reason));
  }
  console.error(`the Runtime API refused the response of ${requestId} (${outcome.status}): ${outcome.body}`);
}

/** Reports a failed invocation; a refusal (the invocation timed out meanwhile) is logged. */
export async function sendError(api: RuntimeApiClient, requestId: string, error: unknown): Promise<void> {
  const payload = toErrorPayload(error);
  console.error(`Invoke Error ${JSON.stringify(payload)}`);
  const outcome = await api.error(requestId, payload);
  if (!outcome.accepted) {
    console.error(`the Runtime API refused the error of ${requestId} (${outcome.status}): ${outcome.body}`);
  }
}

interface PreparedStream {
  readonly body: StreamBody;
  readonly options: StreamOptions;
}

/**
 * The JSON text of a result, or the stream to send. Everything that can throw on a strange value
 * (a proxy, a throwing `toJSON`, a BigInt) happens here, before anything is posted.
 */
function prepare(value: unknown): string | PreparedStream {
  if (value instanceof StreamResponse) return streamOf(value);
  if (isStreamLike(value)) return streamOf(new StreamResponse(value));
  return JSON.stringify(value === undefined ? null : value);
}

function streamOf({ body, options }: StreamResponse): PreparedStream {
  const { prelude, contentType } = options;
  return {
    body,
    options: {
      contentType: contentType ?? (prelude ? HTTP_INTEGRATION_TYPE : 'application/octet-stream'),
      prelude: prelude ? Buffer.concat([Buffer.from(JSON.stringify(prelude)), PRELUDE_SEPARATOR]) : undefined,
      toErrorPayload,
    },
  };
}

async function sendStream(api: RuntimeApiClient, requestId: string, stream: PreparedStream): Promise<void> {
  const outcome = await api.respondStream(requestId, chunksOf(stream.body), stream.options);
  if (!outcome.accepted) {
    console.error(`the Runtime API refused the stream of ${requestId} (${outcome.status}): ${outcome.body}`);
  }
}

/** A Node Readable, a web ReadableStream or an async iterable: sent streamed when returned bare. */
function isStreamLike(value: unknown): value is StreamBody {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function* chunksOf(body: StreamBody): AsyncGenerator<Uint8Array> {
  for await (const chunk of body as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield Buffer.from(chunk);
    else if (chunk instanceof Uint8Array) yield chunk;
    else throw new TypeError(`stream chunks must be strings or bytes, got ${typeof chunk}`);
  }
}
