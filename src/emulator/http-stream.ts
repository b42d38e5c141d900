import type { Readable } from 'node:stream';
import { isRecord, isString } from '../../events/support/guards.js';
import { LambdaKitError } from '../errors/lambdakit-error.js';
import { StreamResponse, type StreamResponseOptions } from '../runtime/stream-response.js';
import { HEADER, HTTP_INTEGRATION_CONTENT_TYPE } from './constants.js';

/** Ends the client's response abruptly: the function failed after its response had started. */
export class StreamAbortedError extends LambdaKitError {
  readonly errorType = 'Emulator.StreamAborted';
  constructor(
    readonly functionErrorType: string,
    readonly functionErrorBody: string,
  ) {
    super(`the function's streamed response failed with ${functionErrorType}`);
  }
}

/** What a streamed outcome turns into: a response to pipe, or a failure before any byte of body. */
export type StreamedHttpResult =
  | { readonly kind: 'response'; readonly response: StreamResponse }
  | { readonly kind: 'failed'; readonly trailers: Record<string, string> };

const DELIMITER = Buffer.alloc(8);
/** A prelude is a small JSON document; past this the stream is not a prelude at all. */
const MAX_PRELUDE_BYTES = 64 * 1024;

/**
 * Reads a streamed invocation result as an HTTP response. With the HTTP integration type, the JSON
 * prelude (status, headers, multi-value headers, cookies) up to the 8 NUL bytes gives the head; any other type
 * is a 200 of that type. The body chunks pass through as they arrive; error trailers at the end
 * make the body fail with a {@link StreamAbortedError}.
 */
export async function streamedHttpResult(
  contentType: string,
  body: Readable,
  trailers: Promise<Record<string, string>>,
): Promise<StreamedHttpResult> {
  const chunks: AsyncIterator<unknown> = body[Symbol.asyncIterator]();
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  if (type !== HTTP_INTEGRATION_CONTENT_TYPE) {
    return response(bodyAfter(Buffer.alloc(0), chunks, trailers), { contentType });
  }
  const head = await readPrelude(chunks);
  const prelude = head ? parsePrelude(head.json) : undefined;
  if (!head || !prelude) {
    await drain(chunks);
    return { kind: 'failed', trailers: await trailers };
  }
  return response(bodyAfter(head.rest, chunks, trailers), { prelude });
}

function response(body: AsyncIterable<Buffer>, options: StreamResponseOptions): StreamedHttpResult {
  return { kind: 'response', response: new StreamResponse(body, options) };
}

async function readPrelude(
  chunks: AsyncIterator<unknown>,
): Promise<{ json: Buffer; rest: Buffer } | undefined> {
  let buffered = Buffer.alloc(0);
  for (;;) {
    const end = buffered.indexOf(DELIMITER);
    if (end >= 0) return { json: buffered.subarray(0, end), rest: buffered.subarray(end + DELIMITER.length) };
    if (buffered.length > MAX_PRELUDE_BYTES) return undefined;
    const next = await chunks.next();
    if (next.done) return undefined;
    buffered = Buffer.concat([buffered, toBuffer(next.value)]);
  }
}

function parsePrelude(json: Buffer): NonNullable<StreamResponseOptions['prelude']> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const headers: Record<string, string> = {};
  if (isRecord(value.headers)) {
    for (const [name, header] of Object.entries(value.headers)) if (isString(header)) headers[name] = header;
  }
  const multiValueHeaders: Record<string, string[]> = {};
  if (isRecord(value.multiValueHeaders)) {
    for (const [name, values] of Object.entries(value.multiValueHeaders)) {
      if (Array.isArray(values)) multiValueHeaders[name] = values.filter(isString);
    }
  }
  return {
    statusCode: typeof value.statusCode === 'number' ? value.statusCode : 200,
    headers,
    multiValueHeaders,
    cookies: Array.isArray(value.cookies) ? value.cookies.filter(isString) : [],
  };
}

async function* bodyAfter(
  head: Buffer,
  chunks: AsyncIterator<unknown>,
  trailers: Promise<Record<string, string>>,
): AsyncGenerator<Buffer> {
  let finished = false;
  try {
    if (head.length > 0) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBuffer(next.value);
    finished = true;
  } finally {
    // The client went away: keep reading so the function's stream is not held up by backpressure.
    if (!finished) void drain(chunks);
  }
  const ended = await trailers;
  const errorType = ended[HEADER.errorType];
  if (errorType) {
    const body = Buffer.from(ended[HEADER.errorBody] ?? '', 'base64').toString('utf8');
    throw new StreamAbortedError(errorType, body);
  }
}

async function drain(chunks: AsyncIterator<unknown>): Promise<void> {
  for (let next = await chunks.next(); !next.done; next = await chunks.next());
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}
