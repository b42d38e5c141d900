import { STATUS_CODES } from 'node:http';
import { isRecord, isString } from '../../events/support/guards.js';
import { HttpError, type ProblemDetails } from './errors.js';

/** The names `asHttpError` accepts when `instanceof` fails (two copies of the package in a bundle). */
const HTTP_ERROR_NAMES = new Set([
  'BadRequestError',
  'UnauthorizedError',
  'ForbiddenError',
  'NotFoundError',
  'MethodNotAllowedError',
  'ConflictError',
  'PayloadTooLargeError',
  'UnsupportedMediaTypeError',
  'UnprocessableEntityError',
  'TooManyRequestsError',
  'InternalServerError',
  'ServiceUnavailableError',
]);

/** What the response layer needs from an HTTP error, whichever copy of the class threw it. */
export interface HttpErrorLike {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  toJSON(): ProblemDetails;
}

/**
 * `error` as an HTTP error: by `instanceof`, else by `error.name` plus a numeric `statusCode` and a
 * `toJSON` method (bundling can leave two copies of these classes). Undefined otherwise.
 */
export function asHttpError(error: unknown): HttpErrorLike | undefined {
  if (error instanceof HttpError) return error;
  if (!(error instanceof Error) || !HTTP_ERROR_NAMES.has(error.name)) return undefined;
  const statusCode: unknown = Reflect.get(error, 'statusCode');
  const toJSON: unknown = Reflect.get(error, 'toJSON');
  if (typeof statusCode !== 'number' || typeof toJSON !== 'function') return undefined;
  const headers: unknown = Reflect.get(error, 'headers');
  return {
    statusCode,
    headers: isRecord(headers) ? stringEntries(headers) : {},
    toJSON: () => {
      const problem: unknown = toJSON.call(error);
      const title = STATUS_CODES[statusCode] ?? 'Error';
      return isRecord(problem)
        ? { type: 'about:blank', title, status: statusCode, ...problem }
        : { type: 'about:blank', title, status: statusCode };
    },
  };
}

function stringEntries(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => isString(entry[1])),
  );
}
