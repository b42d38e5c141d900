import type { Middleware } from '../src/dispatch/middleware.js';

const onClass = new WeakMap<object, Middleware[]>();
const onMethod = new WeakMap<object, Map<string | symbol, Middleware[]>>();

/**
 * Wraps a controller's handlers (on the class) or one handler (on a method) in middleware. They run
 * inside the app's `use()` middleware: app, then class, then method, in the order listed.
 *
 * `@Http` routes run them too, after routing and inside the HTTP middleware (`cors()`,
 * `compress()`): `invocation.event` is the raw event, `invocation.http` the `HttpRequest` with its
 * route parameters, `next()` resolves with the route method's return value, and a thrown
 * `HttpError` becomes its problem+json response.
 *
 * @example
 * ```ts
 * const timed: Middleware = async (inv, next) => { const t = Date.now(); try { return await next(); }
 *   finally { console.log(inv.target?.method, Date.now() - t, 'ms'); } };
 * const admin: Middleware = async (inv, next) => {
 *   if (!(inv.http instanceof HttpRequest) || inv.http.headers.get('x-role') !== 'admin') throw new ForbiddenError();
 *   return next();
 * };
 *
 * @Controller() @UseMiddleware(timed)
 * class Orders {
 *   @Handler(SqsEvent) @UseMiddleware(audit) async on(e: SqsEvent) {}
 *   @Http('DELETE /orders/{id}') @UseMiddleware(admin) remove(@Param('id') id: string) {}
 * }
 * ```
 */
export function UseMiddleware(...middleware: Middleware[]) {
  return (target: object, key?: string | symbol): void => {
    if (key === undefined) {
      onClass.set(target, [...(onClass.get(target) ?? []), ...middleware]);
      return;
    }
    const type = target.constructor;
    const byMethod = onMethod.get(type) ?? new Map<string | symbol, Middleware[]>();
    byMethod.set(key, [...(byMethod.get(key) ?? []), ...middleware]);
    onMethod.set(type, byMethod);
  };
}

/** The middleware of a controller class, then of its method `key`. */
export function middlewareOf(type: object, key: string | symbol): readonly Middleware[] {
  return [...(onClass.get(type) ?? []), ...(onMethod.get(type)?.get(key) ?? [])];
}
