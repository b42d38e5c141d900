import {
  compilePath,
  matchSegments,
  parseRouteSpec,
  RANK,
  type Segment,
  shapeOf,
  splitPath,
} from './pattern.js';
import { RouteConflictError } from './route-errors.js';

/** The methods `ANY` stands for in an `Allow` header. */
const ANY_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

interface CompiledRoute<T> {
  readonly method: string;
  readonly path: string;
  readonly segments: readonly Segment[];
  readonly ranks: readonly number[];
  readonly value: T;
}

/** The outcome of `Router.match`. */
export type RouteMatch<T> =
  | {
      readonly kind: 'found';
      readonly value: T;
      readonly params: Record<string, string>;
      readonly route: string;
    }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

/**
 * Matches `METHOD /path` routes with `{param}` and greedy `{proxy+}` segments. Static segments
 * beat parameters, which beat greedy ones; an exact method beats `ANY`; `HEAD` falls back to `GET`.
 *
 * @example
 * ```ts
 * const router = new Router<string>();
 * router.add('GET /users/{id}', 'show');
 * router.match('GET', '/users/7'); // { kind: 'found', value: 'show', params: { id: '7' }, ... }
 * ```
 */
export class Router<T> {
  private readonly routes: CompiledRoute<T>[] = [];
  private readonly shapes = new Map<string, string>();

  /** Adds a route; throws `RouteConflictError` when one with the same method and shape exists. */
  add(spec: string, value: T): void {
    const { method, path } = parseRouteSpec(spec);
    const segments = compilePath(path);
    const key = `${method} ${shapeOf(segments)}`;
    const existing = this.shapes.get(key);
    if (existing !== undefined) {
      throw new RouteConflictError(`route "${method} ${path}" conflicts with "${existing}"`);
    }
    this.shapes.set(key, `${method} ${path}`);
    this.routes.push({ method, path, segments, ranks: segments.map((s) => RANK[s.kind]), value });
  }

  /** Every route as `{ method, path }`, in the order added. */
  list(): { method: string; path: string }[] {
    return this.routes.map(({ method, path }) => ({ method, path }));
  }

  /** The best route for `method` and `path` (a raw, percent-encoded path). */
  match(method: string, path: string): RouteMatch<T> {
    const parts = splitPath(path);
    const onPath: { route: CompiledRoute<T>; params: Record<string, string> }[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (params) onPath.push({ route, params });
    }
    if (onPath.length === 0) return { kind: 'not-found' };
    const verb = method.toUpperCase();
    let best: (typeof onPath)[number] | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of onPath) {
      const score = methodScore(candidate.route.method, verb);
      if (score === undefined) continue;
      const order = best ? compareRanks(candidate.route.ranks, best.route.ranks) : -1;
      if (order < 0 || (order === 0 && score < bestScore)) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best) return { kind: 'method-not-allowed', allow: allowOf(onPath.map((c) => c.route.method)) };
    return {
      kind: 'found',
      value: best.route.value,
      params: best.params,
      route: `${best.route.method} ${best.route.path}`,
    };
  }
}

/** 0 exact, 1 HEAD served by GET, 2 ANY; undefined when the route does not take the method. */
function methodScore(routeMethod: string, method: string): number | undefined {
  if (routeMethod === method) return 0;
  if (method === 'HEAD' && routeMethod === 'GET') return 1;
  return routeMethod === 'ANY' ? 2 : undefined;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function allowOf(methods: readonly string[]): string[] {
  const allow = new Set<string>();
  for (const method of methods) {
    if (method === 'ANY') for (const m of ANY_METHODS) allow.add(m);
    else allow.add(method);
    if (method === 'GET') allow.add('HEAD');
  }
  return [...allow].sort();
}
