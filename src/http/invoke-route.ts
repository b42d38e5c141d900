import type { Context } from 'aws-lambda';
import type { ParamSpec } from '../../decorators/params.js';
import { callMethod } from '../dispatch/call-method.js';
import { compose, type Middleware } from '../dispatch/middleware.js';
import type { HttpRequest } from './request.js';

/** A controller method an HTTP route leads to. */
export interface RouteTarget {
  readonly instance: object;
  readonly propertyKey: string | symbol;
  /** The method's decorated parameters, read once when the route is added. */
  readonly params: readonly ParamSpec[];
  /** The controller's then the method's `@UseMiddleware`, read once when the route is added. */
  readonly middleware: readonly Middleware[];
}

/**
 * Calls a route method inside its `@UseMiddleware` middleware: with its decorated parameters
 * (`@Param`, `@Body`, … resolved in turn) or, when none is decorated, as `method(req, context)`.
 * Middleware see the raw event as `event` and the request as `http`.
 *
 * @example
 * ```ts
 * const result = await invokeRoute({ instance: users, propertyKey: 'show', params: [], middleware: [] }, req, context);
 * ```
 */
export function invokeRoute(target: RouteTarget, req: HttpRequest, context: Context): Promise<unknown> {
  const invocation = { event: req.event, context, http: req };
  if (target.middleware.length === 0) return callRoute(target, invocation, req, context);
  const method = { controller: target.instance.constructor.name, method: String(target.propertyKey) };
  return compose(target.middleware, { ...invocation, target: method }, () =>
    callRoute(target, invocation, req, context),
  );
}

function callRoute(
  target: RouteTarget,
  invocation: { event: unknown; context: Context; http: HttpRequest },
  req: HttpRequest,
  context: Context,
): Promise<unknown> {
  return callMethod(target.instance, target.propertyKey, target.params, invocation, [req, context]);
}
