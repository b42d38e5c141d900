/** One `@Http` route on a controller method. */
export interface HttpRouteSpec {
  /** The route as written: `'GET /users/{id}'`. */
  readonly route: string;
  /** The decorated method. */
  readonly propertyKey: string | symbol;
}

const routes = new WeakMap<object, HttpRouteSpec[]>();

/**
 * Routes HTTP requests (API Gateway, ALB, Function URL, Lattice, WebSocket) to a controller
 * method. The string is `'METHOD /path'` with `{param}` and greedy `{proxy+}` segments; `ANY`
 * matches every method. A method may carry several `@Http` decorators.
 *
 * @example
 * ```ts
 * class Users {
 *   @Http('GET /users/{id}')
 *   @Http('GET /members/{id}')
 *   show(@Param('id') id: number) { return { id }; }
 * }
 * ```
 */
export function Http(route: string): MethodDecorator {
  return (target, propertyKey) => {
    const owner = target.constructor;
    const list = routes.get(owner) ?? [];
    list.push({ route, propertyKey });
    routes.set(owner, list);
  };
}

/**
 * The `@Http` routes of a controller class, its base classes' first, then in the order the decorators ran.
 *
 * @example
 * ```ts
 * httpRoutesOf(Users); // [{ route: 'GET /members/{id}', propertyKey: 'show' }, ...]
 * ```
 */
export function httpRoutesOf(controller: Function): readonly HttpRouteSpec[] {
  const chain: Function[] = [];
  for (let cls: unknown = controller; typeof cls === 'function' && cls !== Function.prototype; ) {
    chain.unshift(cls);
    cls = Object.getPrototypeOf(cls);
  }
  return chain.flatMap((cls) => routes.get(cls) ?? []);
}
