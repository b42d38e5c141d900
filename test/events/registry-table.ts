import * as catalog from 'lambdakit/events';
import { type EventSourceSpec, eventSourceOf } from '../../decorators/event-source.js';
import { fixtureNames, loadFixture } from '../support/fixtures.js';

/** Every class of the catalog that is registered as an event source. */
export function registeredSources(): { name: string; spec: EventSourceSpec }[] {
  return Object.entries(catalog).flatMap(([name, value]) => {
    const spec = typeof value === 'function' ? eventSourceOf(value) : undefined;
    return spec ? [{ name, spec }] : [];
  });
}

/** The sources the registry picks for an event: every most specific one whose detector accepts it. */
export function mostSpecificSources(event: unknown): { name: string; spec: EventSourceSpec }[] {
  const matches = registeredSources().filter(({ spec }) => spec.detect(event));
  const top = Math.max(...matches.map(({ spec }) => spec.specificity ?? 10));
  return matches.filter(({ spec }) => (spec.specificity ?? 10) === top);
}

/**
 * What the registry makes of each fixture: the most specific class whose detector accepts it,
 * `(none)` when no detector does, `(ambiguous: A, B)` on a tie, `(not JSON)` for a broken file.
 */
export function registryTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const fixture of fixtureNames()) {
    let event: unknown;
    try {
      event = loadFixture(fixture);
    } catch {
      table.set(fixture, '(not JSON)');
      continue;
    }
    const best = mostSpecificSources(event).map(({ name }) => name);
    table.set(
      fixture,
      best.length === 0 ? '(none)' : best.length === 1 ? best[0]! : `(ambiguous: ${best.join(', ')})`,
    );
  }
  return table;
}
