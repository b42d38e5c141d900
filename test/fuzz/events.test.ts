import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as catalog from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { examplesDir } from '../../src/cli/examples.js';
import { MUTATION_KINDS, mutateSample, samplePaths } from '../support/sample-mutation.js';

/**
 * Property tests over every event class: no input crashes the detector → transform → validate path,
 * and a rejected input is always an EventValidationError (`Runtime.EventValidationError`), never a
 * TypeError. The inputs are the `lambdakit invoke --example` sample of each source, mutated, and
 * arbitrary JSON.
 */

function isClass(value: unknown): value is ClassType<object> {
  return typeof value === 'function';
}

interface Source {
  readonly type: ClassType<object>;
  readonly detect: (event: unknown) => boolean;
  readonly sample: unknown;
}

const sources: Source[] = Object.values(catalog)
  .filter(isClass)
  .flatMap((type) => {
    const spec = eventSourceOf(type);
    if (!spec) return [];
    const sample: unknown = JSON.parse(readFileSync(join(examplesDir(), `${spec.name}.json`), 'utf8'));
    return [{ type, detect: spec.detect, sample }];
  });

/** What the dispatcher does with a raw event for one class; a problem is returned as text. */
async function runPath(source: Source, raw: unknown): Promise<string | null> {
  let detected: unknown;
  try {
    detected = source.detect(raw);
  } catch (error: unknown) {
    return `${source.type.name} detector threw ${String(error)}`;
  }
  if (typeof detected !== 'boolean') return `${source.type.name} detector returned ${typeof detected}`;
  try {
    const instance = await catalog.transformAndValidate(source.type, raw);
    return instance instanceof source.type ? null : `${source.type.name}: result is not an instance`;
  } catch (error: unknown) {
    if (error instanceof catalog.EventValidationError && error.errorType === 'Runtime.EventValidationError') {
      return null;
    }
    return `${source.type.name} threw ${error instanceof Error ? error.name : typeof error}: ${String(error)}`;
  }
}

/** fast-check runs are CPU-bound: a generous limit for a loaded 2-core machine. */
const FUZZ_TIMEOUT = 120_000;

/** JSON values only (what a parsed event can hold), with keys that often trip code up. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('Records', 'records', 'length', 'toString', 'valueOf')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('every event class under fuzzed input', () => {
  it('covers every registered source with its sample', () => {
    expect(sources.length).toBe(readdirSync(examplesDir()).filter((f) => f.endsWith('.json')).length);
  });

  it(
    'mutated samples: validate or fail with EventValidationError, detectors never throw',
    async () => {
      const sites = sources.flatMap((source) => samplePaths(source.sample).map((path) => ({ source, path })));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...sites),
          fc.oneof(fc.constantFrom(...MUTATION_KINDS, 'retype' as const)),
          async ({ source, path }, kind) => {
            const problem = await runPath(source, mutateSample(source.sample, path, kind));
            if (problem !== null) throw new Error(`${path.join('.')} ${kind}: ${problem}`);
          },
        ),
        { numRuns: 800 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'samples with arbitrary JSON at any path: never a crash',
    async () => {
      const sites = sources.flatMap((source) => samplePaths(source.sample).map((path) => ({ source, path })));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...sites), jsonValue, async ({ source, path }, value) => {
          const mutated = mutateSample(source.sample, path, 'null');
          setAt(mutated, path, value);
          const problem = await runPath(source, mutated);
          if (problem !== null) throw new Error(`${path.join('.')} = ${JSON.stringify(value)}: ${problem}`);
        }),
        { numRuns: 800 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'arbitrary JSON for every class: never a crash',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...sources), jsonValue, async (source, raw) => {
          const problem = await runPath(source, raw);
          if (problem !== null) throw new Error(`${JSON.stringify(raw)}: ${problem}`);
        }),
        { numRuns: 800 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

/** Sets the value at `path` of a JSON copy (the parent exists: `mutateSample` kept it). */
function setAt(root: unknown, path: readonly string[], value: unknown): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key];
  (parent as Record<string, unknown>)[path[path.length - 1]!] = value;
}
