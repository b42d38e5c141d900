import fc from 'fast-check';
import type { ClassType } from '../../decorators/class-type.js';
import { isRecord } from '../../events/support/guards.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { EventValidationError } from '../../src/errors/event-validation-error.js';

/**
 * Test support for the event catalog: mutate a real sample at one path and check that validation
 * either accepts the result or names that path. Kept free of test-framework imports (fast-check
 * failures surface as thrown errors, which every runner reports).
 */

/** How a value at a path is changed by default. */
export const MUTATION_KINDS = ['drop', 'null', 'number', 'string', 'boolean', 'array', 'object'] as const;
/** A default kind, or `retype`: replace the value with one of another JSON type than its own. */
export type MutationKind = (typeof MUTATION_KINDS)[number] | 'retype';

const REPLACEMENTS: Record<Exclude<MutationKind, 'drop'>, (old: unknown) => unknown> = {
  null: () => null,
  number: () => 42,
  string: () => 'mutated',
  boolean: () => true,
  array: () => [],
  object: () => ({}),
  retype: retyped,
};

/** A value of another JSON type than `value`. */
function retyped(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return { length: 1 };
  return isRecord(value) ? 'not an object' : {};
}

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

/**
 * A deep copy of `value` (a JSON value) with the node at `path` dropped or replaced. Copied through
 * JSON so that a sample built with one object in several places is mutated in that one place only.
 */
export function mutateSample(value: unknown, path: readonly string[], kind: MutationKind): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = child(parent, key);
  const last = path[path.length - 1];
  if (last === undefined) return copy;
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (kind === 'drop') parent.splice(index, 1);
    else parent[index] = REPLACEMENTS[kind](parent[index]);
  } else if (isRecord(parent)) {
    if (kind === 'drop') delete parent[last];
    else parent[last] = REPLACEMENTS[kind](parent[last]);
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
 * instance of `type`, or an EventValidationError whose every detail names the path, an ancestor or a
 * descendant of it) and a description of the problem otherwise.
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
    const paths = error.details.map((d) => d.path);
    if (paths.length > 0 && paths.every((p) => pathsRelated(p, dotted))) return null;
    return `${dotted} ${kind}: details name ${paths.join(', ') || 'nothing'}`;
  }
}

/** A raw sample and the class it must validate as. */
export interface MutationSample {
  readonly type: ClassType<object>;
  readonly raw: unknown;
}

/** Options of `assertMutations`. */
export interface MutationRunOptions {
  /**
   * How many mutated samples to check.
   * @default 300
   */
  readonly numRuns?: number;
  /**
   * The mutations to draw from.
   * @default MUTATION_KINDS
   */
  readonly kinds?: readonly MutationKind[];
}

/**
 * Property: every sample, mutated at any of its paths in any of `kinds`, either validates or fails
 * naming that path (see `checkMutation`). Rejects with fast-check's report of the first problem.
 *
 * @example
 * ```ts
 * it('mutated samples validate or name the path', () =>
 *   assertMutations([{ type: ConfigEvent, raw: loadFixture('config-event.json') }], { numRuns: 200 }));
 * ```
 */
export async function assertMutations(
  samples: readonly MutationSample[],
  options: MutationRunOptions = {},
): Promise<void> {
  const sites = samples.flatMap((sample) => samplePaths(sample.raw).map((path) => ({ ...sample, path })));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...sites),
      fc.constantFrom(...(options.kinds ?? MUTATION_KINDS)),
      async (site, kind) => {
        const problem = await checkMutation(site.type, site.raw, site.path, kind);
        if (problem !== null) throw new Error(problem);
      },
    ),
    { numRuns: options.numRuns ?? 300 },
  );
}
