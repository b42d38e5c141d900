import { IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { EventSource } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { detectorMismatches } from '../../test/support/detector-matrix.js';
import {
  checkMutation,
  mutateSample,
  pathsRelated,
  samplePaths,
} from '../../test/support/sample-mutation.js';
import { IamPolicyDocument, IamPolicyStatement } from './policy-document.js';
import { IsStringOrStringArray, Nullable } from './validators.js';

class Probe {
  @IsStringOrStringArray() action!: string | string[];
  @Nullable() @IsString() note!: string | null;
}

@EventSource({ name: 'probe', detect: (e) => e === 'mine' })
class Detected {}

describe('validators', () => {
  it('IsStringOrStringArray accepts a string or string array only', async () => {
    await expect(transformAndValidate(Probe, { action: 'a', note: 'n' })).resolves.toBeInstanceOf(Probe);
    await expect(transformAndValidate(Probe, { action: ['a', 'b'], note: 'n' })).resolves.toBeInstanceOf(
      Probe,
    );
    await expect(transformAndValidate(Probe, { action: ['a', 1], note: 'n' })).rejects.toMatchObject({
      details: [
        {
          path: 'action',
          constraints: { isStringOrStringArray: 'action must be a string or an array of strings' },
        },
      ],
    });
  });

  it('Nullable accepts null but not a missing property', async () => {
    await expect(transformAndValidate(Probe, { action: 'a', note: null })).resolves.toMatchObject({
      note: null,
    });
    await expect(transformAndValidate(Probe, { action: 'a' })).rejects.toMatchObject({
      details: [{ path: 'note' }],
    });
  });
});

describe('IamPolicyDocument', () => {
  it('of() builds a 2012-10-17 document that validates', async () => {
    const doc = IamPolicyDocument.of([IamPolicyStatement.of('Deny', 'iot:*', '*')]);
    const plain: unknown = JSON.parse(JSON.stringify(doc));
    expect(plain).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iot:*', Resource: '*' }],
    });
    await expect(transformAndValidate(IamPolicyDocument, plain)).resolves.toBeInstanceOf(IamPolicyDocument);
  });
});

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
    expect(sample.d).toBe(true);
  });

  it('relates a path to itself, its ancestors and descendants only', () => {
    expect(pathsRelated('a.b', 'a.b')).toBe(true);
    expect(pathsRelated('a', 'a.b.0')).toBe(true);
    expect(pathsRelated('a.b.0', 'a')).toBe(true);
    expect(pathsRelated('a.bc', 'a.b')).toBe(false);
  });

  it('checkMutation reports a failure that names another path', async () => {
    expect(await checkMutation(Probe, { action: 'a', note: 'n' }, ['note'], 'number')).toBeNull();
    expect(await checkMutation(Probe, { action: 'a', note: 'n', extra: 1 }, ['extra'], 'drop')).toBeNull();
    expect(await checkMutation(Probe, { action: 1, note: 'n' }, ['note'], 'string')).toMatch(
      /details name action/,
    );
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
