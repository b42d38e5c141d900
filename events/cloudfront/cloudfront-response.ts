import type { CloudFrontHeaders, CloudFrontResultResponse } from 'aws-lambda';

/** The reason phrases of the statuses edge functions answer most. */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Builds the response a Lambda@Edge function returns to answer at the edge: status as text, headers
 * in CloudFront's `{ name: [{ key, value }] }` form (names lower-cased, the original kept in `key`),
 * body as text or base64. `toJSON()` is the wire shape, so returning the builder itself works.
 *
 * @example
 * ```ts
 * return CloudFrontResponse.redirect('https://example.com/new', 301);
 * return CloudFrontResponse.status(403).header('Cache-Control', 'no-store').text('forbidden');
 * ```
 */
export class CloudFrontResponse {
  readonly #status: number;
  readonly #headers: CloudFrontHeaders = {};
  #body: { body: string; bodyEncoding: 'text' | 'base64' } | undefined;

  private constructor(status: number) {
    this.#status = status;
  }

  /** A response with this status (100–599). */
  static status(status: number): CloudFrontResponse {
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new RangeError(`CloudFrontResponse status must be an integer 100-599, got ${status}`);
    }
    return new CloudFrontResponse(status);
  }

  /** A redirect to `location` (302 unless told otherwise). */
  static redirect(location: string, status: 301 | 302 | 307 | 308 = 302): CloudFrontResponse {
    return CloudFrontResponse.status(status).header('Location', location);
  }

  /** Adds a header value; a second call with the same name adds another value. */
  header(name: string, value: string): this {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) {
      throw new TypeError(`CloudFrontResponse header ${JSON.stringify(name)} contains CR or LF`);
    }
    const key = name.toLowerCase();
    const list = this.#headers[key] ?? [];
    list.push({ key: name, value });
    this.#headers[key] = list;
    return this;
  }

  /** A text body (`text/plain; charset=utf-8` unless a content type was set). */
  text(body: string): this {
    if (!this.#headers['content-type']) this.header('Content-Type', 'text/plain; charset=utf-8');
    this.#body = { body, bodyEncoding: 'text' };
    return this;
  }

  /** A JSON body. */
  json(value: unknown): this {
    if (!this.#headers['content-type']) this.header('Content-Type', 'application/json');
    this.#body = { body: JSON.stringify(value), bodyEncoding: 'text' };
    return this;
  }

  /** A binary body, sent base64-encoded. */
  bytes(body: Uint8Array, contentType = 'application/octet-stream'): this {
    if (!this.#headers['content-type']) this.header('Content-Type', contentType);
    this.#body = { body: Buffer.from(body).toString('base64'), bodyEncoding: 'base64' };
    return this;
  }

  /** The wire shape CloudFront reads. */
  toJSON(): CloudFrontResultResponse {
    return {
      status: String(this.#status),
      statusDescription: REASONS[this.#status] ?? '',
      headers: this.#headers,
      ...this.#body,
    };
  }
}
