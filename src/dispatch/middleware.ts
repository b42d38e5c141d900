import type { Context } from 'aws-lambda';

/** What middleware sees of an invocation. */
export interface MiddlewareInvocation {
  /** The event as received (parsed JSON, not yet transformed). */
  readonly event: unknown;
  readonly context: Context;
  /** The controller method chosen for the event; set before class and method middleware run. */
  target?: { readonly controller: string; readonly method: string };
}

/**
 * Code around every invocation: call `next()` to go on, and return (or replace) its result. A thrown
 * error propagates to the runtime's error reporting.
 *
 * @example
 * ```ts
 * const requireTenant: Middleware = async (inv, next) => {
 *   if (!inv.context.tenantId) throw new Error('no tenant');
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
  const step = (i: number): Promise<unknown> => {
    const current = middleware[i];
    return current ? current(invocation, () => step(i + 1)) : last();
  };
  return step(0);
}
