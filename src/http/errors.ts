import { STATUS_CODES } from 'node:http';
import { LambdaKitError } from '../errors/lambdakit-error.js';

/** An RFC 9457 problem document (`application/problem+json`). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly [extension: string]: unknown;
}

/** Options every HTTP error accepts. */
export interface HttpErrorOptions {
  /** The underlying error, kept for logs; never sent to the client. */
  readonly cause?: unknown;
  /** Headers sent with the error response (`Allow`, `Retry-After`, `WWW-Authenticate`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Extra members of the problem document, e.g. `{ errors: [...] }`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * An error that becomes an HTTP response: throw a subclass from a route and the client receives
 * `statusCode` with an RFC 9457 problem document whose `detail` is the message.
 *
 * @example
 * ```ts
 * throw new NotFoundError(`order ${id} does not exist`);
 * // 404 {"type":"about:blank","title":"Not Found","status":404,"detail":"order 7 does not exist"}
 * ```
 */
export abstract class HttpError extends LambdaKitError {
  abstract readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(message?: string, options: HttpErrorOptions = {}) {
    super(message ?? '', { cause: options.cause });
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }

  get errorType(): string {
    return `Http.${this.name.replace(/Error$/, '')}`;
  }

  /** The problem document sent as the response body. */
  toJSON(): ProblemDetails {
    const title = STATUS_CODES[this.statusCode] ?? 'Error';
    const detail = this.message ? { detail: this.message } : {};
    return { ...this.extensions, type: 'about:blank', title, status: this.statusCode, ...detail };
  }
}

/** 400: the request is malformed (bad JSON, bad base64, a parameter of the wrong type). */
export class BadRequestError extends HttpError {
  readonly statusCode = 400;
}
/** 401: credentials are missing or invalid. */
export class UnauthorizedError extends HttpError {
  readonly statusCode = 401;
}
/** 403: the caller is known but not allowed. */
export class ForbiddenError extends HttpError {
  readonly statusCode = 403;
}
/** 404: no such resource (or no route for the path). */
export class NotFoundError extends HttpError {
  readonly statusCode = 404;
}
/** 405: the path exists but not for this method; carries an `Allow` header. */
export class MethodNotAllowedError extends HttpError {
  readonly statusCode = 405;
}
/** 409: the request conflicts with the current state. */
export class ConflictError extends HttpError {
  readonly statusCode = 409;
}
/** 413: the body is too large. */
export class PayloadTooLargeError extends HttpError {
  readonly statusCode = 413;
}
/** 415: the body's content type or charset is not one the route can read. */
export class UnsupportedMediaTypeError extends HttpError {
  readonly statusCode = 415;
}
/** 422: the body is well-formed but semantically invalid. */
export class UnprocessableEntityError extends HttpError {
  readonly statusCode = 422;
}
/** 429: too many requests; pass `headers: { 'retry-after': '30' }`. */
export class TooManyRequestsError extends HttpError {
  readonly statusCode = 429;
}
/** 500: an error the route chose to report as such. */
export class InternalServerError extends HttpError {
  readonly statusCode = 500;
}
/** 503: a dependency is down; pass `headers: { 'retry-after': '30' }`. */
export class ServiceUnavailableError extends HttpError {
  readonly statusCode = 503;
}
