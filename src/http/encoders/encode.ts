import { type StreamBody, StreamResponse } from '../../runtime/stream-response.js';
import type { HttpSource } from '../detect-source.js';
import type { HttpResponse } from '../response.js';
import {
  encodeBody,
  multiHeaders,
  readStream,
  singleHeaders,
  singleHeadersWithCookies,
  statusDescription,
} from './parts.js';

/** Where a response goes: the integration, and for ALB whether the target group uses multi-value headers. */
export interface EncodeTarget {
  readonly source: HttpSource;
  /** ALB: the request came with `multiValueHeaders`, so the response must use them too. */
  readonly multiValue?: boolean;
}

/** A buffered Lambda HTTP result (the union of the per-integration shapes). */
export type LambdaHttpResult = Record<string, unknown> & { statusCode: number };

/**
 * Encodes a response for the integration that sent the request. Function URLs with a streamed
 * body get a `StreamResponse` whose prelude carries status, headers and cookies; other
 * integrations cannot stream, so their streamed bodies are read to the end first.
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
  const stream = response.streamBody();
  if (stream && target.source === 'function-url') return toStreamResponse(response, stream);
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

/** A streamed `HttpResponse` as the runtime's `StreamResponse` with the Function URL prelude. */
export function toStreamResponse(response: HttpResponse, body: StreamBody): StreamResponse {
  const prelude = {
    statusCode: response.status,
    headers: singleHeaders(response),
    cookies: [...response.cookies],
  };
  return new StreamResponse(body, { prelude });
}
