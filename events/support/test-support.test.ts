import { IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { EventSource } from '../../decorators/event-source.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import {
  assertMutations,
  checkMutation,
  mutateSample,
  pathsRelated,
  samplePaths,
} from '../../test/support/sample-mutation.js';

/** Tests of the test helpers the event catalog's tests rely on (test/support/). */

class Probe {
  @IsString() action!: string;
  @IsString() note!: string;
}

@EventSource({ name: 'probe', detect: (e) => e === 'mine' })
class Detected {}

describe('sample mutation', () => {
  const sample = { a: { b: [1, { c: 'x' }] }, d: true };

  it('lists every path below the root', () => {
    expect(samplePaths(sample).map((p) => p.join('.'))).toEqual([
      'a',
      'a.b',
      'a.b.0',
      'a.b.1',
      'a.b.1.c',
      'd',
    ]);
  });

  it('drops or replaces one node of a copy', () => {
    expect(mutateSample(sample, ['a', 'b', '1', 'c'], 'number')).toEqual({
      a: { b: [1, { c: 42 }] },
      d: true,
    });
    expect(mutateSample(sample, ['a', 'b', '0'], 'drop')).toEqual({ a: { b: [{ c: 'x' }] }, d: true });
    expect(mutateSample(sample, ['d'], 'drop')).toEqual({ a: { b: [1, { c: 'x' }] } });
    expect(mutateSample(sample, ['a', 'b', '1', 'c'], 'retype')).toEqual({
      a: { b: [1, { c: 42 }] },
      d: true,
    });
    expect(mutateSample(sample, ['a', 'b'], 'retype')).toEqual({ a: { b: { length: 1 } }, d: true });
    expect(sample.d).toBe(true);
  });

  it('relates a path to itself, its ancestors and descendants only', () => {
    expect(pathsRelated('a.b', 'a.b')).toBe(true);
    expect(pathsRelated('a', 'a.b.0')).toBe(true);
    expect(pathsRelated('a.b.0', 'a')).toBe(true);
    expect(pathsRelated('a.bc', 'a.b')).toBe(false);
  });

  it('mutates one place of a sample that holds one object in several', () => {
    const shared = { x: 1 };
    expect(mutateSample({ p: shared, q: shared }, ['p', 'x'], 'drop')).toEqual({ p: {}, q: { x: 1 } });
  });

  it('checkMutation reports a failure that names another path', async () => {
    expect(await checkMutation(Probe, { action: 'a', note: 'n' }, ['note'], 'number')).toBeNull();
    expect(await checkMutation(Probe, { action: 'a', note: 'n', extra: 1 }, ['extra'], 'drop')).toBeNull();
    expect(await checkMutation(Probe, { action: 1, note: 'n' }, ['note'], 'string')).toMatch(
      /details name action/,
    );
  });

  it('checkMutation requires every detail to name the mutated path or a relative of it', async () => {
    expect(await checkMutation(Probe, { action: 1, note: 'n' }, ['note'], 'number')).toMatch(
      /^note number: details name (note, action|action, note)$/,
    );
  });

  it('assertMutations passes a class that names the path, and rejects one that names another', async () => {
    await assertMutations([{ type: Probe, raw: { action: 'a', note: 'n' } }], { numRuns: 20 });
    const failure = await assertMutations([{ type: Probe, raw: { action: 1, note: 'n' } }], {
      numRuns: 20,
      kinds: ['number'],
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toMatch(/Property failed/);
  });
});

describe('detectorMismatches', () => {
  it('lists missed, foreign and undetected classes; skips non-JSON fixtures', () => {
    const load = (name: string): unknown => {
      if (name === 'broken') throw new SyntaxError('not JSON');
      return name === 'mine.json' ? 'mine' : { other: true };
    };
    expect(
      detectorMismatches([[Detected, ['mine.json']]], ['mine.json', 'other.json', 'broken'], load),
    ).toEqual([]);
    expect(
      detectorMismatches(
        [
          [Detected, ['other.json']],
          [Probe, []],
        ],
        ['mine.json', 'other.json'],
        load,
      ),
    ).toEqual([
      'Detected accepts mine.json',
      'Detected rejects its own other.json',
      'Probe: no @EventSource',
    ]);
  });
});
