import { Readable } from 'node:stream';
import type { StreamBody } from '../runtime/stream-response.js';

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
    this.headers = new Headers(init.headers);
    this.cookies = [...(init.cookies ?? [])];
    if (init.headers && this.headers.has('set-cookie')) {
      this.cookies.push(...this.headers.getSetCookie());
      this.headers.delete('set-cookie');
    }
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
    return new HttpResponse(body, init).defaultType(init.contentType ?? 'application/octet-stream');
  }

  /** Sets the status; returns this. */
  withStatus(status: number): this {
    this.status = status;
    return this;
  }

  /** Sets (replaces) a header; returns this. `Set-Cookie` goes to `cookies`. */
  header(name: string, value: string): this {
    if (name.toLowerCase() === 'set-cookie') this.cookies.push(value);
    else this.headers.set(name, value);
    return this;
  }

  /** Adds a `Set-Cookie` value (`'id=1; Path=/; HttpOnly'`); returns this. */
  cookie(setCookie: string): this {
    this.cookies.push(setCookie);
    return this;
  }

  /** The body when it is a stream rather than text or bytes; undefined otherwise. */
  streamBody(): StreamBody | undefined {
    return isStreamBody(this.body) ? this.body : undefined;
  }

  /** The body as bytes (empty for none); undefined for a stream. */
  bytes(): Buffer | undefined {
    const body = this.body;
    if (body === undefined) return Buffer.alloc(0);
    if (typeof body === 'string') return Buffer.from(body, 'utf8');
    if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return undefined;
  }

  private defaultType(type: string): this {
    if (!this.headers.has('content-type')) this.headers.set('content-type', type);
    return this;
  }
}

/** A Node Readable, a web ReadableStream or an async iterable (not a string, array or bytes). */
export function isStreamBody(value: unknown): value is StreamBody {
  if (value instanceof Readable || value instanceof ReadableStream) return true;
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
