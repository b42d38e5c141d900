import { afterEach, describe, expect, it, vi } from 'vitest';
import { Http } from '../../decorators/http.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';
import { asHttpError } from '../../src/http/as-http-error.js';
import { errorToResponse } from '../../src/http/error-response.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
} from '../../src/http/errors.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { context } from './support/context.js';
import { eventFor } from './support/events.js';

class Failing {
  @Http('GET /secret')
  secret(): never {
    throw new Error('database password is hunter2');
  }

  @Http('GET /busy')
  busy(): never {
    throw new TooManyRequestsError('slow down', { headers: { 'retry-after': '30' } });
  }

  @Http('GET /copy')
  copy(): never {
    // A structurally identical error from a second copy of the package (instanceof fails).
    const error = Object.assign(new Error('gone'), {
      name: 'NotFoundError',
      statusCode: 404,
      headers: { 'x-copy': 'yes' },
      toJSON: () => ({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'gone' }),
    });
    throw error;
  }

  @Http('GET /invalid')
  invalid(): never {
    throw new EventValidationError('Dto', [{ path: 'a.b', constraints: { isInt: 'b must be an integer' } }]);
  }
}

type Json = Record<string, unknown>;
const http = createHttpHandler({ controllers: [{ instance: new Failing() }] });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HTTP errors', () => {
  it.each([
    [BadRequestError, 400, 'Bad Request'],
    [UnauthorizedError, 401, 'Unauthorized'],
    [ForbiddenError, 403, 'Forbidden'],
    [NotFoundError, 404, 'Not Found'],
    [MethodNotAllowedError, 405, 'Method Not Allowed'],
    [ConflictError, 409, 'Conflict'],
    [PayloadTooLargeError, 413, 'Payload Too Large'],
    [UnprocessableEntityError, 422, 'Unprocessable Entity'],
    [TooManyRequestsError, 429, 'Too Many Requests'],
    [InternalServerError, 500, 'Internal Server Error'],
    [ServiceUnavailableError, 503, 'Service Unavailable'],
  ])('%o → %i problem+json', (Cls, status, title) => {
    const error = new Cls('why', { cause: new Error('inner') });
    expect(error.statusCode).toBe(status);
    expect(error.name).toBe(Cls.name);
    expect(error.errorType).toBe(`Http.${Cls.name.replace(/Error$/, '')}`);
    expect(error.toJSON()).toEqual({ type: 'about:blank', title, status, detail: 'why' });
    const response = errorToResponse(error);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('hides unknown errors behind a bare 500 and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = (await http.handle(eventFor('apigw-v2', { url: '/secret' }), context)) as Json;
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(String(result.body))).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
    });
    expect(String(result.body)).not.toMatch(/hunter2|at /);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ message: 'database password is hunter2' }));
  });

  it('keeps the error headers (Retry-After)', async () => {
    const result = (await http.handle(eventFor('apigw-v2', { url: '/busy' }), context)) as Json;
    expect(result).toMatchObject({ statusCode: 429, headers: { 'retry-after': '30' } });
  });

  it('matches copies of the classes by name when instanceof fails', async () => {
    const result = (await http.handle(eventFor('alb', { url: '/copy' }), context)) as Json;
    expect(result.statusCode).toBe(404);
    expect(result.multiValueHeaders).toMatchObject({ 'x-copy': ['yes'] });
    expect(JSON.parse(String(result.body)).detail).toBe('gone');
    expect(asHttpError(Object.assign(new Error('x'), { name: 'NotFoundError' }))).toBeUndefined();
    expect(asHttpError(new Error('plain'))).toBeUndefined();
  });

  it('an EventValidationError thrown by a route is a 400 listing each field', async () => {
    const result = (await http.handle(eventFor('apigw-v1', { url: '/invalid' }), context)) as Json;
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(String(result.body)).errors).toEqual([
      { path: 'a.b', constraints: { isInt: 'b must be an integer' } },
    ]);
  });
});
