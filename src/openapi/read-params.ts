import type { Context } from 'aws-lambda';
import type { Invocation, ParamSpec } from '../../decorators/params.js';
import { BadRequestError } from '../http/errors.js';
import { HttpRequest } from '../http/request.js';

/** A parameter read from the path, the query, a header or a cookie. */
export interface FieldSource {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly array: boolean;
  /** A request without it is a 400 (`{ required: true }`). */
  readonly required: boolean;
}

/** Where a decorated route parameter reads its value from, as the API description needs it. */
export type ParamSource = FieldSource | { readonly in: 'body' };

/** What the recording request sees at the first read: whether the value is required comes later. */
type Recording = Omit<FieldSource, 'required'> | { readonly in: 'body' };

/** Thrown by the recording request at the first read: the resolver has said what it reads. */
class Recorded extends Error {
  constructor(readonly source: Recording) {
    super('recorded');
    this.name = 'Recorded';
  }
}

/**
 * What a parameter decorator reads, found by calling its resolver on a recording request that
 * throws at the first read: `@Param/@Query/@Header/@Cookie` name their field, `@Body` reads the
 * body. `@Req()` and custom decorators (which read the context or the event) read nothing here.
 * No controller is built and no handler runs.
 */
export function readParamSource(param: ParamSpec): ParamSource | undefined {
  const invocation: Invocation = { event: undefined, context: refusingContext(), http: recordingRequest() };
  try {
    param.resolve(invocation, param.type);
  } catch (error) {
    if (!(error instanceof Recorded)) return undefined;
    const { source } = error;
    return source.in === 'body' ? source : { ...source, required: refusesAbsence(param) };
  }
  return undefined;
}

/** True when the resolver answers a request that lacks its value with a 400: a required parameter. */
function refusesAbsence(param: ParamSpec): boolean {
  const invocation: Invocation = { event: undefined, context: refusingContext(), http: emptyRequest() };
  try {
    param.resolve(invocation, param.type);
    return false;
  } catch (error) {
    return error instanceof BadRequestError;
  }
}

/** A request with no parameter, header, cookie or body. */
function emptyRequest(): HttpRequest {
  const request: HttpRequest = Object.create(HttpRequest.prototype);
  const none = Object.create(null);
  Object.defineProperties(request, {
    params: { value: none },
    cookies: { value: none },
    query: { value: { get: () => null, getAll: () => [] } },
    headers: { value: { get: () => null } },
  });
  return request;
}

function recordingRequest(): HttpRequest {
  const stop = (source: Recording): never => {
    throw new Recorded(source);
  };
  const field = (where: 'path' | 'cookie') =>
    new Proxy(Object.create(null), {
      get: (_target, name) => stop({ in: where, name: String(name), array: false }),
    });
  const request: HttpRequest = Object.create(HttpRequest.prototype);
  const body = { get: () => stop({ in: 'body' }) };
  Object.defineProperties(request, {
    params: { value: field('path') },
    cookies: { value: field('cookie') },
    query: {
      value: {
        get: (name: string) => stop({ in: 'query', name, array: false }),
        getAll: (name: string) => stop({ in: 'query', name, array: true }),
      },
    },
    headers: { value: { get: (name: string) => stop({ in: 'header', name, array: false }) } },
    body,
    text: { value: () => stop({ in: 'body' }) },
    json: { value: () => stop({ in: 'body' }) },
  });
  return request;
}

/** A context whose every read throws: custom decorators that read it are not HTTP parameters. */
function refusingContext(): Context {
  return new Proxy<Context>(Object.create(null), {
    get: () => {
      throw new Error('not an HTTP parameter');
    },
  });
}
