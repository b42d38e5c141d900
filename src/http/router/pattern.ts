import { safeDecode } from '../body.js';
import { RouteDefinitionError } from './route-errors.js';

/** One segment of a route path: a literal, a `{name}` or a final greedy `{name+}`. */
export type Segment =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

/** Precedence of a segment kind: lower wins (static beats param beats greedy). */
export const RANK = { static: 0, param: 1, greedy: 2 } as const;

/** Splits `'GET /users/{id}'` into method and path; a bare path means `ANY`. */
export function parseRouteSpec(spec: string): { method: string; path: string } {
  const match = /^\s*(?:([A-Za-z$]+)\s+)?(\/\S*)\s*$/.exec(spec);
  if (!match?.[2]) throw new RouteDefinitionError(`invalid route "${spec}": expected "METHOD /path"`);
  return { method: (match[1] ?? 'ANY').toUpperCase(), path: match[2] };
}

/** The segments of a route path; trailing and doubled slashes are ignored. */
export function compilePath(path: string): Segment[] {
  const parts = splitPath(path);
  return parts.map((part, index) => {
    const param = /^\{([A-Za-z_$][\w$-]*)(\+?)\}$/.exec(part);
    if (!param) {
      if (part.includes('{') || part.includes('}')) {
        throw new RouteDefinitionError(
          `invalid segment "${part}" in "${path}": a parameter must be a whole segment`,
        );
      }
      return { kind: 'static', value: part };
    }
    const name = param[1] ?? '';
    if (param[2] !== '+') return { kind: 'param', name };
    if (index !== parts.length - 1) throw new RouteDefinitionError(`greedy "{${name}+}" must end "${path}"`);
    return { kind: 'greedy', name };
  });
}

/** The non-empty segments of a path. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** The shape two routes conflict on: literals kept, parameter names erased. */
export function shapeOf(segments: readonly Segment[]): string {
  return `/${segments.map((s) => (s.kind === 'static' ? s.value : s.kind === 'param' ? '{}' : '{+}')).join('/')}`;
}

/** The decoded parameters (a null-prototype object) when `parts` (raw request segments) match, else undefined. */
export function matchSegments(
  segments: readonly Segment[],
  parts: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = Object.create(null);
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'greedy') {
      const rest = parts.slice(index);
      if (rest.length === 0) return undefined;
      params[segment.name] = rest.map((part) => safeDecode(part)).join('/');
      return params;
    }
    const part = parts[index];
    if (part === undefined) return undefined;
    if (segment.kind === 'static' && safeDecode(part) !== segment.value) return undefined;
    if (segment.kind === 'param') params[segment.name] = safeDecode(part);
  }
  return segments.length === parts.length ? params : undefined;
}
