import type { Context } from 'aws-lambda';

/**
 * Everything a parameter decorator can draw a value from for one method call. HTTP routes add
 * `http` (their adapter's request); per-record handlers add `record`.
 */
export interface Invocation {
  /** The event: the validated instance, or the raw JSON for HTTP routes. */
  readonly event: unknown;
  /** The Lambda context of this invocation. */
  readonly context: Context;
  /** The validated record, in per-record mode. */
  readonly record?: unknown;
  /** The HTTP request, on `@Http` routes; typed by `lambdakit/http`. */
  readonly http?: unknown;
}

/**
 * Produces one argument. `type` is the parameter's class: the decorator's explicit type, else the
 * emitted `design:paramtypes` entry when the compiler emitted metadata, else undefined.
 */
export type ParamResolver = (invocation: Invocation, type: Function | undefined) => unknown;

/** One decorated parameter of a method. */
export interface ParamSpec {
  readonly index: number;
  readonly resolve: ParamResolver;
  readonly type: Function | undefined;
}

const params = new WeakMap<object, Map<string | symbol, ParamSpec[]>>();

/**
 * Records how to produce argument `index` of `target[key]`. The building block of every parameter
 * decorator; use it to write your own.
 *
 * @example
 * ```ts
 * const RequestId = (): ParameterDecorator => (target, key, index) =>
 *   defineParam(target, key, index, (inv) => inv.context.awsRequestId);
 * ```
 */
export function defineParam(
  target: object,
  key: string | symbol | undefined,
  index: number,
  resolve: ParamResolver,
  explicitType?: Function,
): void {
  if (key === undefined) throw new TypeError('parameter decorators apply to methods, not constructors');
  let byMethod = params.get(target);
  if (!byMethod) {
    byMethod = new Map();
    params.set(target, byMethod);
  }
  const list = byMethod.get(key) ?? [];
  list.push({ index, resolve, type: explicitType ?? emittedParamType(target, key, index) });
  byMethod.set(key, list);
}

/** The decorated parameters of `prototype[key]`, ordered by index; empty when none is decorated. */
export function paramsOf(prototype: object, key: string | symbol): readonly ParamSpec[] {
  for (let proto: object | null = prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const list = params.get(proto)?.get(key);
    if (list) return [...list].sort((a, b) => a.index - b.index);
  }
  return [];
}

/** `design:paramtypes[index]` when the compiler emitted metadata (tsc, vitest), else undefined. */
function emittedParamType(target: object, key: string | symbol, index: number): Function | undefined {
  const getMetadata = (Reflect as { getMetadata?: (k: string, t: object, p: string | symbol) => unknown })
    .getMetadata;
  const types = getMetadata?.('design:paramtypes', target, key);
  if (!Array.isArray(types)) return undefined;
  const type: unknown = types[index];
  return typeof type === 'function' && type !== Object ? type : undefined;
}
