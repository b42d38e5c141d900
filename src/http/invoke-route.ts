import type { Context } from 'aws-lambda';
import type { ParamSpec } from '../../decorators/params.js';
import { callMethod } from '../dispatch/call-method.js';
import type { HttpRequest } from './request.js';

/** A controller method an HTTP route leads to. */
export interface RouteTarget {
  readonly instance: object;
  readonly propertyKey: string | symbol;
  /** The method's decorated parameters, read once when the route is added. */
  readonly params: readonly ParamSpec[];
}

/**
 * Calls a route method: with its decorated parameters (`@Param`, `@Body`, … resolved in turn) or,
 * when none is decorated, as `method(req, context)`.
 *
 * @example
 * ```ts
 * const result = await invokeRoute({ instance: users, propertyKey: 'show' }, req, context);
 * ```
 */
export function invokeRoute(target: RouteTarget, req: HttpRequest, context: Context): Promise<unknown> {
  const invocation = { event: req.event, context, http: req };
  return callMethod(target.instance, target.propertyKey, target.params, invocation, [req, context]);
}
