import { EventValidationError, type ValidationIssue } from '../errors/event-validation-error.js';
import { asHttpError } from './as-http-error.js';
import { BadRequestError, type ProblemDetails } from './errors.js';
import { HttpResponse } from './response.js';

/** The content type of RFC 9457 problem documents. */
export const PROBLEM_JSON = 'application/problem+json';

/**
 * The response for an error thrown while handling a request:
 * - an `HttpError` (or a copy of one, matched by name) → its status and problem document;
 * - an `EventValidationError` (a `@Body(Dto)` that failed validation) → 400 listing each field;
 * - anything else → a bare 500, the error itself only logged with `console.error`.
 *
 * @example
 * ```ts
 * errorToResponse(new NotFoundError('no such order')).status; // 404
 * ```
 */
export function errorToResponse(error: unknown): HttpResponse {
  const validation = validationIssues(error);
  if (validation) {
    const problem = new BadRequestError('the request body is invalid', {
      extensions: { errors: validation },
    });
    return problemResponse(problem.toJSON(), {});
  }
  const http = asHttpError(error);
  if (http) return problemResponse(http.toJSON(), http.headers);
  console.error(error);
  return problemResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, {});
}

/** The problem response; an error's header that cannot be sent is left out and logged, never thrown. */
function problemResponse(problem: ProblemDetails, headers: Readonly<Record<string, string>>): HttpResponse {
  const response = new HttpResponse(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_JSON },
  });
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-type') continue;
    try {
      response.header(name, value);
    } catch (error) {
      console.error(error);
    }
  }
  return response;
}

/** The failing fields of an `EventValidationError` (by instanceof, else by name and shape). */
function validationIssues(error: unknown): readonly ValidationIssue[] | undefined {
  if (error instanceof EventValidationError) return error.details;
  if (!(error instanceof Error) || error.name !== 'EventValidationError') return undefined;
  const details: unknown = Reflect.get(error, 'details');
  return Array.isArray(details) ? details.filter(isIssue) : undefined;
}

function isIssue(value: unknown): value is ValidationIssue {
  return typeof value === 'object' && value !== null && 'path' in value && 'constraints' in value;
}
