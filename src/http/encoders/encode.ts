import { type StreamBody, StreamResponse } from '../../runtime/stream-response.js';
import type { HttpSource } from '../detect-source.js';
import type { HttpResponse } from '../response.js';
import {
  assertCookies,
  encodeBody,
  multiHeaders,
  readStream,
  singleHeaders,
  singleHeadersWithCookies,
  statusDescription,
  streamOf,
} from './parts.js';

/** Where a response goes: the integration, and for ALB whether the target group uses multi-value headers. */
export interface EncodeTarget {
  readonly source: HttpSource;
  /** ALB: the request came with `multiValueHeaders`, so the response must use them too. */
  readonly multiValue?: boolean;
  /** REST API: the integration uses response streaming, so every response must be streamed. */
  readonly restApiStreaming?: boolean;
}

/** A buffered Lambda HTTP result (the union of the per-integration shapes). */
export type LambdaHttpResult = Record<string, unknown> & { statusCode: number };

/**
 * Encodes a response for the integration that sent the request. Function URLs with a streamed
 * body get a `StreamResponse` whose prelude carries status, headers and cookies; a REST API with
 * response streaming gets every response as one, its prelude carrying status, headers and
 * multi-value headers. Other integrations cannot stream, so their streamed bodies are read to the
 * end first. Text is sent in the content type's charset (non-UTF-8 text base64-encoded); a
 * cookie or text that cannot be sent throws (`InvalidResponseHeaderError`, `ResponseEncodingError`).
 *
 * @example
 * ```ts
 * await encodeResponse(HttpResponse.text('hi'), { source: 'alb', multiValue: true });
 * // { statusCode: 200, statusDescription: '200 OK', multiValueHeaders: {...}, body: 'hi', isBase64Encoded: false }
 * ```
 */
export async function encodeResponse(
  response: HttpResponse,
  target: EncodeTarget,
): Promise<LambdaHttpResult | StreamResponse> {
  if (response.cookies.length > 0) assertCookies(response);
  const stream = streamOf(response);
  if (stream && target.source === 'function-url') return toStreamResponse(response, stream);
  if (target.source === 'apigw-v1' && target.restApiStreaming) return toRestStreamResponse(response, stream);
  const statusCode = response.status;
  const body = encodeBody(response, stream ? await readStream(stream) : undefined);
  switch (target.source) {
    case 'apigw-v1':
    case 'websocket':
      return {
        statusCode,
        headers: singleHeaders(response),
        multiValueHeaders: multiHeaders(response),
        ...body,
      };
    case 'apigw-v2':
    case 'function-url': {
      const cookies = response.cookies.length > 0 ? { cookies: [...response.cookies] } : {};
      return { statusCode, headers: singleHeaders(response), ...cookies, ...body };
    }
    case 'alb': {
      const headers = target.multiValue
        ? { multiValueHeaders: multiHeaders(response) }
        : { headers: singleHeadersWithCookies(response) };
      return { statusCode, statusDescription: statusDescription(statusCode), ...headers, ...body };
    }
    case 'lattice-v1':
    case 'lattice-v2': {
      const headers = singleHeadersWithCookies(response);
      return { statusCode, statusDescription: statusDescription(statusCode), headers, ...body };
    }
  }
}

/**
 * An `HttpResponse` as the streaming response a REST API with response streaming reads: status,
 * headers and multi-value headers (cookies among them) in the prelude, then the body as it comes.
 */
function toRestStreamResponse(response: HttpResponse, stream: StreamBody | undefined): StreamResponse {
  const prelude = {
    statusCode: response.status,
    headers: singleHeaders(response),
    multiValueHeaders: multiHeaders(response),
  };
  const bytes = response.bytes();
  return new StreamResponse(stream ?? (bytes && bytes.length > 0 ? [bytes] : []), { prelude });
}

/** A streamed `HttpResponse` as the runtime's `StreamResponse` with the Function URL prelude. */
export function toStreamResponse(response: HttpResponse, body: StreamBody): StreamResponse {
  const prelude = {
    statusCode: response.status,
    headers: singleHeaders(response),
    cookies: [...response.cookies],
  };
  return new StreamResponse(body, { prelude });
}
