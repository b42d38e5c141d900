import { BadRequestError } from '../src/http/errors.js';
import { HttpRequest } from '../src/http/request.js';
import { loadTransformAndValidate } from '../src/lazy-modules.js';
import type { ClassType } from './class-type.js';
import { convertParam } from './http-convert.js';
import { defineParam, type Invocation } from './params.js';

/** The `HttpRequest` of an `@Http` route call; a 500-level bug when a decorator is used elsewhere. */
function requestOf(invocation: Invocation): HttpRequest {
  if (invocation.http instanceof HttpRequest) return invocation.http;
  throw new TypeError('HTTP parameter decorators (@Param, @Query, …) only work on @Http routes');
}

/**
 * A path parameter of the matched route (`{id}`), decoded and converted to the parameter's type.
 *
 * @example
 * ```ts
 * @Http('GET /orders/{id}') show(@Param('id') id: number) {}
 * ```
 */
export function Param(name: string, type?: Function): ParameterDecorator {
  return (target, key, index) =>
    defineParam(
      target,
      key,
      index,
      (inv, t) => convertParam(requestOf(inv).params[name], t, `path parameter "${name}"`),
      type,
    );
}

/** Options of `@Query` and `@Header`. */
export interface HttpParamOptions {
  /**
   * A request without the value is a 400, and the API description marks the parameter required.
   * @default false
   */
  readonly required?: boolean;
}

/**
 * A query parameter: the first value, converted; typed `Array` (or `String[]` via `type` Array)
 * it is every value. Absent → undefined, or a 400 with `{ required: true }`.
 *
 * @example
 * ```ts
 * list(@Query('limit', Number, { required: true }) limit: number, @Query('tag', Array) tags: string[]) {}
 * ```
 */
export function Query(name: string, type?: Function, options: HttpParamOptions = {}): ParameterDecorator {
  const what = `query parameter "${name}"`;
  return (target, key, index) =>
    defineParam(
      target,
      key,
      index,
      (inv, t) => {
        const query = requestOf(inv).query;
        if (t === Array) {
          const values = query.getAll(name);
          return options.required && values.length === 0 ? missing(what) : values;
        }
        const raw = query.get(name) ?? undefined;
        return raw === undefined && options.required ? missing(what) : convertParam(raw, t, what);
      },
      type,
    );
}

/**
 * A request header (case-insensitive; repeated headers comma-joined), converted to the type.
 * Absent → undefined, or a 400 with `{ required: true }`.
 *
 * @example
 * ```ts
 * show(@Header('if-none-match') etag?: string, @Header('x-tenant', String, { required: true }) tenant: string) {}
 * ```
 */
export function Header(name: string, type?: Function, options: HttpParamOptions = {}): ParameterDecorator {
  const what = `header "${name}"`;
  return (target, key, index) =>
    defineParam(
      target,
      key,
      index,
      (inv, t) => {
        const raw = requestOf(inv).headers.get(name) ?? undefined;
        return raw === undefined && options.required ? missing(what) : convertParam(raw, t, what);
      },
      type,
    );
}

function missing(what: string): never {
  throw new BadRequestError(`${what} is required`);
}

/**
 * A cookie from the Cookie header or HTTP API `cookies[]`, converted to the type.
 *
 * @example
 * ```ts
 * me(@Cookie('session') session?: string) {}
 * ```
 */
export function Cookie(name: string, type?: Function): ParameterDecorator {
  return (target, key, index) =>
    defineParam(
      target,
      key,
      index,
      (inv, t) => convertParam(requestOf(inv).cookies[name], t, `cookie "${name}"`),
      type,
    );
}

/**
 * The request body. With a DTO class (argument or emitted type) it is parsed as JSON, transformed
 * and validated (a failure is a 400 listing each field); typed `String` it is the text, `Buffer`
 * or `Uint8Array` the bytes; otherwise the parsed JSON. Malformed JSON is a 400.
 *
 * @example
 * ```ts
 * @Http('POST /orders') create(@Body(CreateOrder) order: CreateOrder) {}
 * ```
 */
export function Body(dto?: ClassType<object>): ParameterDecorator {
  return (target, key, index) =>
    defineParam(target, key, index, (inv, t) => readBody(requestOf(inv), t), dto);
}

type Validation = typeof import('../src/dispatch/transform-and-validate.js');

/** class-validator and class-transformer, loaded on the first validated body and kept. */
let validation: Promise<Validation> | undefined;
let loaded: Validation | undefined;

function readBody(req: HttpRequest, type: Function | undefined): unknown {
  if (type === String) return req.text();
  if (type === Buffer || type === Uint8Array) return req.body;
  if (type === undefined || type === Object || type === Array || !isClass(type)) return req.json();
  const raw = req.json();
  if (loaded) return loaded.transformAndValidate(type, raw);
  validation ??= loadTransformAndValidate().then((module) => {
    loaded = module;
    return module;
  });
  return validation.then(({ transformAndValidate }) => transformAndValidate(type, raw));
}

function isClass(type: Function): type is ClassType<object> {
  return typeof type.prototype === 'object' && type !== Number && type !== Boolean;
}

/**
 * The whole `HttpRequest`.
 *
 * @example
 * ```ts
 * raw(@Req() req: HttpRequest) { return req.headers.get('user-agent'); }
 * ```
 */
export function Req(): ParameterDecorator {
  return (target, key, index) => defineParam(target, key, index, (inv) => requestOf(inv));
}
