import { Readable } from 'node:stream';
import type { StreamBody } from '../runtime/stream-response.js';
import { declaredCharset, encodeText } from './charset.js';
import { assertHeader, assertSetCookie } from './header-check.js';
import { InvalidResponseHeaderError } from './response-errors.js';

/** Anything `new Headers()` accepts. */
export type HeadersInit = ConstructorParameters<typeof Headers>[0];

/** What an `HttpResponse` can carry: text, bytes, a stream, or nothing. */
export type HttpBody = string | Uint8Array | StreamBody | undefined;

/** Status, headers and cookies of a response. */
export interface HttpResponseInit {
  /**
   * The status code.
   * @default 200 (204 for `noContent`, 302 for `redirect`)
   */
  readonly status?: number;
  /** Headers; `Set-Cookie` entries move to `cookies`. @default {} */
  readonly headers?: HeadersInit;
  /** `Set-Cookie` values, one cookie each. @default [] */
  readonly cookies?: readonly string[];
}

/**
 * The HTTP response a route returns (or that plain return values become): one model encoded per
 * integration (REST `multiValueHeaders`, HTTP API `cookies[]`, ALB `statusDescription`, …).
 *
 * Text is sent in the charset the content type declares (UTF-8 when it declares none; also
 * ISO-8859-1, windows-1252, US-ASCII, UTF-16LE). Headers and cookies are checked as they are set:
 * a name that is not a token or a value with CR, LF or another control character throws
 * `InvalidResponseHeaderError`, and the request is answered with a 500.
 *
 * @example
 * ```ts
 * return HttpResponse.json({ id }, { status: 201 }).header('location', `/orders/${id}`).cookie('seen=1; Path=/');
 * ```
 */
export class HttpResponse {
  status: number;
  readonly headers: Headers;
  readonly cookies: string[];
  body: HttpBody;

  constructor(body?: HttpBody, init: HttpResponseInit = {}) {
    this.body = body;
    this.status = init.status ?? 200;
    this.headers = init.headers === undefined ? new Headers() : checkedHeaders(init.headers);
    this.cookies = [...(init.cookies ?? [])];
    if (init.headers && this.headers.has('set-cookie')) {
      this.cookies.push(...this.headers.getSetCookie());
      this.headers.delete('set-cookie');
    }
    for (const cookie of this.cookies) assertSetCookie(cookie);
  }

  /** `data` as JSON (`application/json`). */
  static json(data: unknown, init: HttpResponseInit = {}): HttpResponse {
    return new HttpResponse(JSON.stringify(data) ?? 'null', init).defaultType('application/json');
  }

  /** Plain text (`text/plain; charset=utf-8`). */
  static text(text: string, init: HttpResponseInit = {}): HttpResponse {
    return new HttpResponse(text, init).defaultType('text/plain; charset=utf-8');
  }

  /** Bytes, sent base64-encoded unless the content type is textual. */
  static binary(bytes: Uint8Array, contentType = 'application/octet-stream', init: HttpResponseInit = {}) {
    return new HttpResponse(bytes, init).defaultType(contentType);
  }

  /** A redirect to `location` (302 unless given). */
  static redirect(location: string, status = 302): HttpResponse {
    return new HttpResponse(undefined, { status, headers: { location } });
  }

  /** 204 No Content. */
  static noContent(init: HttpResponseInit = {}): HttpResponse {
    return new HttpResponse(undefined, { status: 204, ...init });
  }

  /** A streamed body; sent through Lambda response streaming (Function URLs) as a `StreamResponse`. */
  static stream(body: StreamBody, init: HttpResponseInit & { contentType?: string } = {}): HttpResponse {
    // A plain (sync) iterable is a stream body too: a Readable over it, so it is not taken for data.
    const stream = isStreamBody(body) ? body : Readable.from(body);
    return new HttpResponse(stream, init).defaultType(init.contentType ?? 'application/octet-stream');
  }

  /** Sets the status; returns this. */
  withStatus(status: number): this {
    this.status = status;
    return this;
  }

  /**
   * Sets (replaces) a header; returns this. `Set-Cookie` goes to `cookies`. Throws
   * `InvalidResponseHeaderError` for a name that is not a token or a value with control characters.
   */
  header(name: string, value: string): this {
    if (name.toLowerCase() === 'set-cookie') return this.cookie(value);
    assertHeader(name, value);
    this.headers.set(name, value);
    return this;
  }

  /**
   * Adds a `Set-Cookie` value (`'id=1; Path=/; HttpOnly'`); returns this. Throws
   * `InvalidResponseHeaderError` unless the cookie name is a token and no control character appears.
   */
  cookie(setCookie: string): this {
    assertSetCookie(setCookie);
    this.cookies.push(setCookie);
    return this;
  }

  /** The body when it is a stream rather than text or bytes; undefined otherwise. */
  streamBody(): StreamBody | undefined {
    return isStreamBody(this.body) ? this.body : undefined;
  }

  /**
   * The body as bytes (empty for none); undefined for a stream. Text is encoded in the declared
   * charset; `ResponseEncodingError` when it cannot be.
   */
  bytes(): Buffer | undefined {
    const body = this.body;
    if (body === undefined) return Buffer.alloc(0);
    if (typeof body === 'string') {
      const charset = declaredCharset(this.headers.get('content-type'));
      return charset === undefined ? Buffer.from(body, 'utf8') : encodeText(body, charset);
    }
    if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return undefined;
  }

  private defaultType(type: string): this {
    if (!this.headers.has('content-type')) this.headers.set('content-type', type);
    return this;
  }
}

/** `new Headers(init)` with every name and value checked as `header()` checks them. */
function checkedHeaders(init: HeadersInit): Headers {
  let headers: Headers;
  try {
    headers = new Headers(init);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InvalidResponseHeaderError(`invalid response headers: ${reason}`, { cause });
  }
  for (const [name, value] of headers) assertHeader(name, value);
  return headers;
}

/** A Node Readable, a web ReadableStream or an async iterable (not a string, array or bytes). */
export function isStreamBody(value: unknown): value is StreamBody {
  if (value instanceof Readable || value instanceof ReadableStream) return true;
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
