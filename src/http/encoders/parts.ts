import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { StreamBody } from '../../runtime/stream-response.js';
import { declaredCharset, encodeText } from '../charset.js';
import { isTextContentType } from '../content-type.js';
import { assertSetCookie } from '../header-check.js';
import type { HttpResponse } from '../response.js';

/** The body fields of every buffered Lambda HTTP result. */
export interface EncodedBody {
  readonly body: string;
  readonly isBase64Encoded: boolean;
}

/**
 * Text for textual content types in UTF-8 without Content-Encoding; base64 for everything else,
 * including text in another declared charset (the integrations would send a text body as UTF-8).
 */
export function encodeBody(response: HttpResponse, streamed?: Buffer): EncodedBody {
  const text = sentAsText(response.headers.get('content-type'), response.headers.has('content-encoding'));
  if (text && streamed === undefined && typeof response.body === 'string') {
    return { body: response.body, isBase64Encoded: false };
  }
  return bytesBody(streamed ?? response.bytes() ?? Buffer.alloc(0), text);
}

/** `bytes` as a result body: UTF-8 text when `text`, else base64. */
export function bytesBody(bytes: Buffer, text: boolean): EncodedBody {
  return text
    ? { body: bytes.toString('utf8'), isBase64Encoded: false }
    : { body: bytes.toString('base64'), isBase64Encoded: true };
}

/**
 * Whether a body goes out as UTF-8 text rather than base64: a text type, not content-encoded, and
 * no charset but UTF-8 (bytes already encoded in another charset survive only as base64).
 */
export function sentAsText(contentType: string | null | undefined, contentEncoded: boolean): boolean {
  return isTextContentType(contentType) && !contentEncoded && declaredCharset(contentType) === undefined;
}

/** The headers as a single-value map (repeated values already comma-joined by `Headers`). */
export function singleHeaders(response: HttpResponse): Record<string, string> {
  return Object.fromEntries(response.headers.entries());
}

/** The headers as a multi-value map, `set-cookie` carrying one entry per cookie. */
export function multiHeaders(response: HttpResponse): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [name, value] of response.headers.entries()) map[name] = [value];
  if (response.cookies.length > 0) map['set-cookie'] = [...response.cookies];
  return map;
}

/**
 * Single-value headers that still carry several cookies: each `Set-Cookie` gets a differently
 * cased name (`set-cookie`, `Set-cookie`, `sEt-cookie`, …), which ALB and Lattice pass through as
 * separate header lines because HTTP names are case-insensitive.
 */
export function singleHeadersWithCookies(response: HttpResponse): Record<string, string> {
  const map = singleHeaders(response);
  response.cookies.forEach((cookie, index) => {
    map[casedName('set-cookie', index)] = cookie;
  });
  return map;
}

function casedName(name: string, variant: number): string {
  let out = '';
  let bits = variant;
  for (const char of name) {
    const letter = /[a-z]/.test(char);
    out += letter && bits & 1 ? char.toUpperCase() : char;
    if (letter) bits >>= 1;
  }
  return out;
}

/** `"200 OK"`, as ALB and Lattice want it. */
export function statusDescription(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? 'Unknown'}`;
}

/**
 * The response's streamed body, its text chunks encoded in the declared charset when that is not
 * UTF-8 (the runtime writes text chunks as UTF-8); undefined when the body is not a stream.
 */
export function streamOf(response: HttpResponse): StreamBody | undefined {
  const stream = response.streamBody();
  if (stream === undefined) return undefined;
  const charset = declaredCharset(response.headers.get('content-type'));
  return charset === undefined ? stream : encodeChunks(stream, charset);
}

async function* encodeChunks(body: StreamBody, charset: string): AsyncIterable<Uint8Array> {
  const source = body instanceof ReadableStream ? Readable.fromWeb(body) : Readable.from(body);
  for await (const chunk of source) {
    yield typeof chunk === 'string' ? encodeText(chunk, charset) : Buffer.from(chunk);
  }
}

/**
 * Throws `InvalidResponseHeaderError` for a cookie pushed onto `response.cookies` directly (the
 * response's own methods check as they add).
 */
export function assertCookies(response: HttpResponse): void {
  for (const cookie of response.cookies) assertSetCookie(cookie);
}

/** Reads a streamed body to the end (for integrations that cannot stream). */
export async function readStream(body: StreamBody): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const source = body instanceof ReadableStream ? Readable.fromWeb(body) : Readable.from(body);
  for await (const chunk of source) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
