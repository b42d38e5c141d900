import { decodeEventBody } from './body.js';
import { declaredCharset, decodeText } from './charset.js';
import type { HttpSource } from './detect-source.js';
import { BadRequestError } from './errors.js';

/** What an adapter extracts from an event; see `HttpRequest` for each field. */
export interface HttpRequestInit {
  readonly source: HttpSource;
  readonly method: string;
  readonly path: string;
  readonly rawPath: string;
  /** Built on first read: a route that never looks at them does not pay for them. */
  readonly query: () => URLSearchParams;
  readonly headers: () => Headers;
  readonly cookies: () => Readonly<Record<string, string>>;
  /** The event's body field as sent: text, or base64 when `isBase64Encoded` is true. */
  readonly body: unknown;
  readonly isBase64Encoded: unknown;
  readonly pathParameters?: Readonly<Record<string, string>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly requestContext?: unknown;
  readonly authorizer?: unknown;
  readonly event: unknown;
}

/**
 * One HTTP request, whatever integration delivered it (REST API, HTTP API, ALB, Function URL,
 * WebSocket, VPC Lattice). Built by `toHttpRequest`; routes receive it via `@Req()` or as their
 * first argument.
 *
 * @example
 * ```ts
 * const req = toHttpRequest(event);
 * req.method; req.path; req.query.getAll('tag'); req.headers.get('content-type'); req.json();
 * ```
 */
export class HttpRequest {
  /** The integration that sent the event. */
  readonly source: HttpSource;
  /** Upper-case method. */
  readonly method: string;
  /** The path routes match: percent-encoded as received, stage prefix removed unless `stripStage: false`. */
  readonly path: string;
  /** The path exactly as the event carried it. */
  readonly rawPath: string;
  /** The path parameters API Gateway matched (not the router's: see `params`). */
  readonly pathParameters: Readonly<Record<string, string>>;
  /** API Gateway stage variables. */
  readonly stageVariables: Readonly<Record<string, string>>;
  /** The event's `requestContext` as sent. */
  readonly requestContext: unknown;
  /** The authorizer output (`requestContext.authorizer`), when there is one. */
  readonly authorizer: unknown;
  /** The raw event. */
  readonly event: unknown;
  /**
   * Path parameters of the matched route (`{id}` → `params.id`), decoded once; set by the router.
   * A null-prototype object, as are `cookies`, `pathParameters` and `stageVariables`: a key such as
   * `__proto__` is plain data and nothing is inherited.
   */
  params: Record<string, string>;
  readonly #init: HttpRequestInit;
  #query: URLSearchParams | undefined;
  #headers: Headers | undefined;
  #cookies: Readonly<Record<string, string>> | undefined;
  #body: Buffer | undefined;

  constructor(init: HttpRequestInit) {
    this.#init = init;
    this.source = init.source;
    this.method = init.method.toUpperCase();
    this.path = init.path;
    this.rawPath = init.rawPath;
    this.pathParameters = init.pathParameters ?? Object.create(null);
    this.stageVariables = init.stageVariables ?? Object.create(null);
    this.requestContext = init.requestContext;
    this.authorizer = init.authorizer;
    this.event = init.event;
    this.params = Object.create(null);
  }

  /** Decoded query parameters, every value of repeated keys kept. */
  get query(): URLSearchParams {
    this.#query ??= this.#init.query();
    return this.#query;
  }

  /** Case-insensitive headers; repeated headers merged. */
  get headers(): Headers {
    this.#headers ??= this.#init.headers();
    return this.#headers;
  }

  /** Cookies from the Cookie header and HTTP API `cookies[]`. */
  get cookies(): Readonly<Record<string, string>> {
    this.#cookies ??= this.#init.cookies();
    return this.#cookies;
  }

  /** The body bytes (base64-decoded when flagged); empty when there is none. Invalid base64 is a 400. */
  get body(): Buffer {
    this.#body ??= decodeEventBody(this.#init.body, this.#init.isBase64Encoded);
    return this.#body;
  }

  /**
   * The body as text: a body that came as text is returned as it came; bytes (a base64 body) are
   * decoded in the charset the Content-Type declares, UTF-8 when it declares none. An unknown
   * charset is a 415 `UnsupportedMediaTypeError`.
   */
  text(): string {
    const { body, isBase64Encoded } = this.#init;
    if (typeof body === 'string' && isBase64Encoded !== true) return body;
    const bytes = this.body;
    if (bytes.length === 0) return '';
    const charset = declaredCharset(this.headers.get('content-type'));
    return charset === undefined ? bytes.toString('utf8') : decodeText(bytes, charset);
  }

  /** The body parsed as JSON; undefined when empty; a 400 `BadRequestError` when malformed. */
  json(): unknown {
    const text = this.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new BadRequestError('the request body is not valid JSON', { cause });
    }
  }

  /**
   * The absolute URL: scheme from `X-Forwarded-Proto` (else https), host from `Host`. A Host or
   * scheme that cannot form a URL is a 400 `BadRequestError`.
   */
  url(): URL {
    const proto = this.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'https';
    const host = this.headers.get('host') || 'localhost';
    const search = this.query.size > 0 ? `?${this.query}` : '';
    try {
      return new URL(`${proto}://${host}${this.rawPath || '/'}${search}`);
    } catch (cause) {
      throw new BadRequestError('the Host or X-Forwarded-Proto header does not form a URL', { cause });
    }
  }

  /**
   * A web-standard `Request` for libraries that speak Fetch. A request Fetch cannot express (a
   * WebSocket `CONNECT`, a method that is not a token) is a 400 `BadRequestError`.
   */
  toWebRequest(): Request {
    const hasBody = this.body.length > 0 && this.method !== 'GET' && this.method !== 'HEAD';
    const url = this.url();
    try {
      return new Request(url, {
        method: this.method,
        headers: this.headers,
        body: hasBody ? new Uint8Array(this.body) : undefined,
      });
    } catch (cause) {
      throw new BadRequestError(`a ${this.method} request cannot be expressed as a web Request`, { cause });
    }
  }
}
