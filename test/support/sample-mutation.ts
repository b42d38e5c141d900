import type { ClassType } from '../../decorators/class-type.js';
import { isRecord } from '../../src/dispatch/guards.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';

/**
 * Test support for the event catalog: mutate a real sample at one path and check that validation
 * either accepts the result or names that path. Kept free of test-framework imports.
 */

/** How a value at a path is changed. */
export const MUTATION_KINDS = ['drop', 'null', 'number', 'string', 'boolean', 'array', 'object'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

const REPLACEMENTS: Record<Exclude<MutationKind, 'drop'>, () => unknown> = {
  null: () => null,
  number: () => 42,
  string: () => 'mutated',
  boolean: () => true,
  array: () => [],
  object: () => ({}),
};

/** Every path below the root (objects, arrays and leaves), as segment lists. */
export function samplePaths(value: unknown, prefix: readonly string[] = []): string[][] {
  const paths: string[][] = [];
  const children: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    const path = [...prefix, key];
    paths.push(path, ...samplePaths(child, path));
  }
  return paths;
}

/** A deep copy of `value` with the node at `path` dropped or replaced. */
export function mutateSample(value: unknown, path: readonly string[], kind: MutationKind): unknown {
  const copy: unknown = structuredClone(value);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = child(parent, key);
  const last = path[path.length - 1];
  if (last === undefined) return copy;
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (kind === 'drop') parent.splice(index, 1);
    else parent[index] = REPLACEMENTS[kind]();
  } else if (isRecord(parent)) {
    if (kind === 'drop') delete parent[last];
    else parent[last] = REPLACEMENTS[kind]();
  }
  return copy;
}

function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  return isRecord(value) ? value[key] : undefined;
}

/** True when one dotted path equals the other or is an ancestor of it. */
export function pathsRelated(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/**
 * Validates `raw` mutated at `path` as `type`. Returns null when the outcome is acceptable (a valid
 * instance of `type`, or an EventValidationError naming the path, an ancestor or a descendant of it)
 * and a description of the problem otherwise.
 */
export async function checkMutation(
  type: ClassType<object>,
  raw: unknown,
  path: readonly string[],
  kind: MutationKind,
): Promise<string | null> {
  const mutated = mutateSample(raw, path, kind);
  const dotted = path.join('.');
  try {
    const instance = await transformAndValidate(type, mutated);
    return instance instanceof type ? null : `${dotted} ${kind}: result is not a ${type.name}`;
  } catch (error: unknown) {
    if (!(error instanceof EventValidationError)) return `${dotted} ${kind}: threw ${String(error)}`;
    if (error.details.some((d) => pathsRelated(d.path, dotted))) return null;
    return `${dotted} ${kind}: details name ${error.details.map((d) => d.path).join(', ')}`;
  }
}
