import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';

/**
 * Test support for the event catalog: runs every detector against every fixture and lists each
 * disagreement with the expected fixture set (a missed own fixture, a claimed foreign one, a
 * detector that throws, or a class without a detector). Empty means every detector is exact.
 * Fixtures that are not JSON are skipped: no detector ever sees them.
 *
 * @example
 * ```ts
 * expect(detectorMismatches([[CodeCommitEvent, ['code-commit-event.json']]], fixtureNames(), loadFixture)).toEqual([]);
 * ```
 */
export function detectorMismatches(
  expected: ReadonlyArray<readonly [ClassType<object>, readonly string[]]>,
  fixtures: readonly string[],
  load: (name: string) => unknown,
): string[] {
  const problems: string[] = [];
  const samples = fixtures.flatMap((name) => {
    try {
      return [[name, load(name)] as const];
    } catch {
      return []; // not JSON (a deliberately malformed sample): the runtime rejects it before detection
    }
  });
  for (const [type, own] of expected) {
    const spec = eventSourceOf(type);
    if (!spec) {
      problems.push(`${type.name}: no @EventSource`);
      continue;
    }
    for (const [name, sample] of samples) {
      let accepted: boolean;
      try {
        accepted = spec.detect(sample);
      } catch (error: unknown) {
        problems.push(`${type.name} threw on ${name}: ${String(error)}`);
        continue;
      }
      if (accepted && !own.includes(name)) problems.push(`${type.name} accepts ${name}`);
      if (!accepted && own.includes(name)) problems.push(`${type.name} rejects its own ${name}`);
    }
  }
  return problems;
}
