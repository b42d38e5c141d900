import type { ClassType } from './class-type.js';

/** One `@Http` route on a controller method. */
export interface HttpRouteSpec {
  /** The route as written: `'GET /users/{id}'`. */
  readonly route: string;
  /** The decorated method. */
  readonly propertyKey: string | symbol;
  /** What the route declares for its API description (`lambdakit openapi`, `buildOpenApiDocument`). */
  readonly options: HttpRouteOptions;
}

/** A response a route declares, for its API description. */
export interface HttpResponseSpec {
  /**
   * What the response means.
   * @default the status's reason phrase ('OK', 'Created', …)
   */
  readonly description?: string;
  /**
   * The class of the JSON body (its class-validator rules become its schema); none for no body.
   * @default undefined
   */
  readonly type?: ClassType<object>;
}

/** Options of `@Http`: what the route's API description (`lambdakit openapi`, `buildOpenApiDocument`) says about it. */
export interface HttpRouteOptions {
  /** A one-line summary. @default undefined */
  readonly summary?: string;
  /** A longer description (CommonMark). @default undefined */
  readonly description?: string;
  /** Marks the operation deprecated. @default false */
  readonly deprecated?: boolean;
  /** A unique id for client generators. @default `${Controller}_${method}` */
  readonly operationId?: string;
  /** The responses by status code. @default { 200: { description: 'OK' } } */
  readonly responses?: Readonly<Record<number, HttpResponseSpec>>;
}

const routes = new WeakMap<object, HttpRouteSpec[]>();

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
    const owner = target.constructor;
    const list = routes.get(owner) ?? [];
    list.push({ route, propertyKey, options });
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
