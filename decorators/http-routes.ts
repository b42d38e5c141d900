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

let layer: (() => Promise<unknown>) | undefined;

/** Records a route of `owner` (what `@Http` does), and how the HTTP layer (src/http/handler.ts) loads. */
export function addHttpRoute(owner: object, spec: HttpRouteSpec, load: () => Promise<unknown>): void {
  const list = routes.get(owner) ?? [];
  list.push(spec);
  routes.set(owner, list);
  layer ??= load;
}

/**
 * Loads the HTTP layer (the module src/http/handler.ts) for an app with `@Http` routes. Only `@Http`
 * refers to that module, so a bundle whose code declares no route leaves it out (about 50 KB of
 * every function's start-up). Rejects when no `@Http` ran.
 */
export function loadHttpLayer(): Promise<unknown> {
  return layer ? layer() : Promise.reject(new Error('no @Http route was declared'));
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
