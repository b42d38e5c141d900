import { loadHttpHandler } from '../src/lazy-modules.js';
import { addHttpRoute, type HttpRouteOptions } from './http-routes.js';

export {
  type HttpResponseSpec,
  type HttpRouteOptions,
  type HttpRouteSpec,
  httpRoutesOf,
} from './http-routes.js';

/**
 * Routes HTTP requests (API Gateway, ALB, Function URL, Lattice, WebSocket) to a controller
 * method. The string is `'METHOD /path'` with `{param}` and greedy `{proxy+}` segments; `ANY`
 * matches every method. A method may carry several `@Http` decorators. The options only describe
 * the route in the app's OpenAPI document (`lambdakit openapi`, `buildOpenApiDocument`).
 *
 * @example
 * ```ts
 * class Users {
 *   @Http('GET /users/{id}')
 *   @Http('GET /members/{id}', { summary: 'One member', responses: { 200: { type: Member } } })
 *   show(@Param('id') id: number) { return { id }; }
 * }
 * ```
 */
export function Http(route: string, options: HttpRouteOptions = {}): MethodDecorator {
  return (target, propertyKey) => {
    addHttpRoute(target.constructor, { route, propertyKey, options }, loadHttpHandler);
  };
}
