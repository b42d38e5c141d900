import type { Context } from 'aws-lambda';

/** What middleware sees of an invocation. */
export interface MiddlewareInvocation {
  /**
   * The event as received (parsed JSON, not yet transformed). On `@Http` routes too: the raw
   * API Gateway, ALB, Function URL, Lattice or WebSocket event; the parsed request is `http`.
   */
  readonly event: unknown;
  readonly context: Context;
  /** The controller method chosen for the event; set before class and method middleware run. */
  target?: { readonly controller: string; readonly method: string };
  /**
   * On `@Http` routes, for class and method middleware: the `HttpRequest` of `lambdakit/http`
   * (narrow it with `instanceof HttpRequest`), its route parameters already in `params`.
   * Undefined for `@Handler` methods and for app middleware, which run before routing.
   */
  readonly http?: unknown;
}

/**
 * Code around every invocation: call `next()` to go on, and return (or replace) its result. A thrown
 * error propagates to the runtime's error reporting.
 *
 * On an `@Http` route, `next()` resolves with what the route method returned (not yet an HTTP
 * response); what the middleware returns is turned into the response as a route's result would be.
 * A thrown error becomes the error response: an `HttpError` its status and problem document,
 * anything else a 500.
 *
 * @example
 * ```ts
 * const requireTenant: Middleware = async (inv, next) => {
 *   if (!inv.context.tenantId) throw new Error('no tenant');
 *   return next();
 * };
 * const requireApiKey: Middleware = async (inv, next) => {
 *   if (inv.http instanceof HttpRequest && !inv.http.headers.has('x-api-key')) throw new UnauthorizedError();
 *   return next();
 * };
 * ```
 */
export type Middleware = (invocation: MiddlewareInvocation, next: () => Promise<unknown>) => Promise<unknown>;

/** Runs `middleware` in order around `last`. */
export function compose(
  middleware: readonly Middleware[],
  invocation: MiddlewareInvocation,
  last: () => Promise<unknown>,
): Promise<unknown> {
  return middleware.length === 0 ? last() : step(middleware, 0, invocation, last);
}

// Module-level rather than a named closure: the bundle's kept names cost a closure one defineProperty per call.
function step(
  middleware: readonly Middleware[],
  i: number,
  invocation: MiddlewareInvocation,
  last: () => Promise<unknown>,
): Promise<unknown> {
  const current = middleware[i];
  return current ? current(invocation, () => step(middleware, i + 1, invocation, last)) : last();
}
