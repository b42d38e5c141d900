import { IsString } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { isString } from './guards.js';
import {
  IsRecordOf,
  IsStringListMap,
  IsStringMap,
  IsStringOrListMap,
  IsStringOrStringArray,
  Nullable,
} from './validators.js';

class Probe {
  @IsStringOrStringArray() action!: string | string[];
  @Nullable() @IsString() note!: string | null;
}

class Maps {
  @IsRecordOf(isString, 'a string') tags!: Record<string, string>;
  @IsStringMap() one!: Record<string, string>;
  @IsStringListMap() many!: Record<string, string[]>;
  @IsStringOrListMap() mixed!: Record<string, string | string[]>;
}

const MAPS = { tags: { a: 'x' }, one: { a: 'x' }, many: { a: ['x'] }, mixed: { a: 'x', b: ['y'] } };

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

  it('dictionary validators accept objects of the right values and name each failure', async () => {
    await expect(transformAndValidate(Maps, MAPS)).resolves.toBeInstanceOf(Maps);
    const bad = { tags: { a: 1, b: 'x' }, one: ['x'], many: { a: 'x' }, mixed: { a: [1] } };
    await expect(transformAndValidate(Maps, bad)).rejects.toMatchObject({
      details: [
        { path: 'tags', constraints: { isRecordOf: 'tags has entries that are not a string: a' } },
        { path: 'one', constraints: { isStringMap: 'one must be an object of strings' } },
        { path: 'many', constraints: { isStringListMap: 'many must be an object of string arrays' } },
        {
          path: 'mixed',
          constraints: { isStringOrListMap: 'mixed must be an object of strings or string arrays' },
        },
      ],
    });
  });
});
