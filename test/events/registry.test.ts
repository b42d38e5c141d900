import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registeredSources, registryTable } from './registry-table.js';

const README = readFileSync(new URL('../../events/README.md', import.meta.url), 'utf8');

function readmeTable(): Map<string, string> {
  const rows = [...README.matchAll(/^\| (\S+\.json)\s*\| (.+?)\s*\|$/gm)];
  return new Map(rows.map(([, fixture, type]) => [fixture!, type!]));
}

/** The "Sources" list of events/README.md: `name` → class. */
function readmeSources(): Record<string, string> {
  const rows = [...README.matchAll(/^\| `([\w-]+)`\s*\| (\w+)\s*\|$/gm)];
  return Object.fromEntries(rows.map(([, name, type]) => [name!, type!]));
}

describe('the event type registry over the whole catalog', () => {
  const table = registryTable();

  it('picks exactly one class for every sample event, never an ambiguous pair', () => {
    const ambiguous = [...table].filter(([, type]) => type.startsWith('(ambiguous'));
    expect(ambiguous).toEqual([]);
  });

  it('claims every request sample and leaves responses and fragments to their own classes', () => {
    const unclaimed = [...table].filter(([, type]) => type === '(none)').map(([fixture]) => fixture);
    expect(unclaimed.every((f) => f.includes('response') || f.startsWith('appsync-identity-'))).toBe(true);
  });

  it('matches the table in events/README.md', () => {
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(readmeTable()));
  });

  it('matches the list of sources in events/README.md', () => {
    const registered = Object.fromEntries(registeredSources().map(({ name, spec }) => [spec.name, name]));
    expect(readmeSources()).toEqual(registered);
  });

  it('registers each source under a distinct name', () => {
    const names = registeredSources().map(({ spec }) => spec.name);
    expect(names.length).toBeGreaterThan(60);
    expect(new Set(names).size).toBe(names.length);
  });
});
