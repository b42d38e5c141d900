import fc from 'fast-check';
import { InitError, LambdaKitError } from 'lambdakit';
import { Router } from 'lambdakit/http';
import { describe, expect, it } from 'vitest';

/** A route of the reference model: method and segments (`{}` a parameter, `{+}` a final greedy one). */
interface ModelRoute {
  readonly method: string;
  readonly segments: readonly string[];
  readonly id: number;
}

const STATICS = ['a', 'b', 'é', '%'];
const METHODS = ['GET', 'POST', 'ANY'];

/** Route tables of up to 8 routes over a small alphabet, so that routes overlap often. */
const routeTable = fc.array(
  fc.record({
    method: fc.constantFrom(...METHODS),
    segments: fc
      .array(fc.oneof(fc.constantFrom(...STATICS), fc.constant('{}')), { maxLength: 3 })
      .chain((segments) => fc.constantFrom(segments, [...segments, '{+}'])),
  }),
  { maxLength: 8 },
);

/** Request paths over the same alphabet, percent-encoded or not, with stray slashes. */
const requestPath = fc
  .array(fc.constantFrom('a', 'b', 'c', '%C3%A9', 'é', '%25', '%61', '', 'x y'), { maxLength: 5 })
  .map((parts) => `/${parts.join('/')}`);

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** The route a path must reach: every matching route ranked by its segments (static before parameter before greedy, left to right), then by method (exact, HEAD served by GET, ANY). */
function reference(routes: readonly ModelRoute[], method: string, path: string) {
  const parts = path.split('/').filter((p) => p !== '');
  const matching = routes.filter((route) => {
    const greedy = route.segments.at(-1) === '{+}';
    const fixed = greedy ? route.segments.slice(0, -1) : route.segments;
    if (greedy ? parts.length <= fixed.length : parts.length !== fixed.length) return false;
    return fixed.every((segment, i) => segment === '{}' || segment === decode(parts[i] ?? ''));
  });
  if (matching.length === 0) return { kind: 'not-found' };
  const methodRank = (m: string) =>
    m === method ? 0 : method === 'HEAD' && m === 'GET' ? 1 : m === 'ANY' ? 2 : 3;
  const segmentRank = (s: string | undefined) => (s === '{}' ? 1 : s === '{+}' ? 2 : 0);
  const accepting = matching.filter((route) => methodRank(route.method) < 3);
  if (accepting.length === 0) return { kind: 'method-not-allowed' };
  const [best] = [...accepting].sort((x, y) => {
    for (let i = 0; i < Math.min(x.segments.length, y.segments.length); i++) {
      const diff = segmentRank(x.segments[i]) - segmentRank(y.segments[i]);
      if (diff !== 0) return diff;
    }
    return methodRank(x.method) - methodRank(y.method);
  });
  return { kind: 'found', id: best?.id };
}

/** Adds the table to a router, each route named by its index; the ones refused as conflicts are left out. */
function build(table: readonly { method: string; segments: readonly string[] }[]) {
  const router = new Router<number>();
  const added: ModelRoute[] = [];
  table.forEach(({ method, segments }, id) => {
    let n = 0;
    const path = `/${segments.map((s) => (s === '{}' ? `{p${n++}}` : s === '{+}' ? '{rest+}' : s)).join('/')}`;
    try {
      router.add(`${method} ${path}`, id);
      added.push({ method, segments, id });
    } catch (error) {
      if (!(error instanceof InitError)) throw error;
    }
  });
  return { router, added };
}

describe('the router against a reference model', () => {
  it('picks the route the model picks, or answers 404/405 when the model does', () => {
    fc.assert(
      fc.property(
        routeTable,
        requestPath,
        fc.constantFrom('GET', 'POST', 'HEAD', 'DELETE'),
        (table, path, method) => {
          const { router, added } = build(table);
          const match = router.match(method, path);
          const expected = reference(added, method, path);
          expect(match.kind === 'found' ? { kind: 'found', id: match.value } : { kind: match.kind }).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('decodes each path parameter exactly once', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (value) => {
        const router = new Router<string>();
        router.add('GET /x/{id}', 'x');
        const match = router.match('GET', `/x/${encodeURIComponent(value)}`);
        expect(match).toMatchObject({ kind: 'found', params: { id: value } });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary methods and paths, and refuses bad route specs only with InitError', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        (spec, path, method) => {
          const router = new Router<number>();
          try {
            router.add(spec, 1);
          } catch (error) {
            expect(error).toBeInstanceOf(LambdaKitError);
            expect((error as LambdaKitError).errorType).toBe('Runtime.InitError');
          }
          router.add('ANY /{proxy+}', 2);
          expect(['found', 'not-found', 'method-not-allowed']).toContain(router.match(method, path).kind);
        },
      ),
      { numRuns: 500 },
    );
  });
});
