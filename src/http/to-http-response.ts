import { StreamResponse } from '../runtime/stream-response.js';
import { HttpResponse, isStreamBody } from './response.js';

/**
 * Turns whatever a route returned into an `HttpResponse`: an `HttpResponse` as is; a web `Response`
 * (buffered); `undefined`/`null` → 204; a string → text/plain; bytes → application/octet-stream;
 * a Readable, ReadableStream or async iterable → a streamed body; a `StreamResponse` → a streamed
 * body with its content type and prelude; anything else → JSON 200.
 *
 * @example
 * ```ts
 * await toHttpResponse({ ok: true }); // 200 application/json {"ok":true}
 * ```
 */
export async function toHttpResponse(result: unknown): Promise<HttpResponse> {
  if (result instanceof HttpResponse) return result;
  if (result === undefined || result === null) return HttpResponse.noContent();
  if (result instanceof Response) return fromWebResponse(result);
  if (typeof result === 'string') return HttpResponse.text(result);
  if (result instanceof Uint8Array) return HttpResponse.binary(result);
  if (result instanceof StreamResponse) {
    const { prelude, contentType } = result.options;
    const init = { status: prelude?.statusCode ?? 200, headers: prelude?.headers, cookies: prelude?.cookies };
    return HttpResponse.stream(result.body, { ...init, contentType });
  }
  if (isStreamBody(result)) return HttpResponse.stream(result);
  return HttpResponse.json(result);
}

/** A web `Response` as an `HttpResponse`, its body read to the end. */
export async function fromWebResponse(response: Response): Promise<HttpResponse> {
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  return new HttpResponse(body, { status: response.status, headers: response.headers });
}
