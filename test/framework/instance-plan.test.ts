import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Exclude, Expose, plainToInstance, Transform, Type } from 'class-transformer';
import fc from 'fast-check';
import * as catalog from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { examplesDir } from '../../src/cli/examples.js';
import { jsonToInstance } from '../../src/dispatch/instance-plan.js';
import { fixtureNames, loadFixture } from '../support/fixtures.js';
import { MUTATION_KINDS, mutateSample, samplePaths } from '../support/sample-mutation.js';

/**
 * `jsonToInstance` must build exactly what class-transformer's `plainToInstance` builds: the same
 * prototypes, own keys in the same order, the same values, and the same error when it throws.
 */

type Outcome = { value: unknown } | { error: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    return { error };
  }
}

/** Where two values differ, as paths with what differs (empty: the same). */
function differences(a: unknown, b: unknown, at = '$'): string[] {
  if (typeof a !== typeof b) return [`${at}: ${typeof a} vs ${typeof b}`];
  if (typeof a !== 'object' || a === null || b === null) {
    return Object.is(a, b) ? [] : [`${at}: ${String(a)} vs ${String(b)}`];
  }
  const x = a as object;
  const y = b as object;
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return [`${at}: another prototype`];
  if (x instanceof Date) return Object.is(x.getTime(), (y as Date).getTime()) ? [] : [`${at}: another date`];
  if (x instanceof Set) return differences([...x], [...(y as Set<unknown>)], at);
  const keysA = Reflect.ownKeys(x).map(String);
  const keysB = Reflect.ownKeys(y).map(String);
  if (keysA.join('\n') !== keysB.join('\n')) return [`${at}: keys [${keysA}] vs [${keysB}]`];
  return keysA.flatMap((key) => {
    const da = Object.getOwnPropertyDescriptor(x, key)!;
    const db = Object.getOwnPropertyDescriptor(y, key)!;
    const flags = (d: PropertyDescriptor) => `${d.enumerable}${d.writable}${d.configurable}${'get' in d}`;
    if (flags(da) !== flags(db)) return [`${at}.${key}: another descriptor`];
    return differences(da.value, db.value, `${at}.${key}`);
  });
}

function expectSame(type: ClassType<object>, text: string): void {
  const fast = outcome(() => jsonToInstance(type, JSON.parse(text)));
  const reference = outcome(() => plainToInstance(type, JSON.parse(text)));
  if ('error' in reference) {
    expect('error' in fast, `${type.name}: class-transformer throws, jsonToInstance does not`).toBe(true);
    const [e, r] = [(fast as { error: Error }).error, reference.error as Error];
    expect([e.constructor, e.message]).toEqual([r.constructor, r.message]);
    return;
  }
  expect('value' in fast ? [] : [`threw ${String((fast as { error: unknown }).error)}`]).toEqual([]);
  expect(differences((fast as { value: unknown }).value, reference.value), type.name).toEqual([]);
}

const catalogClasses = Object.values(catalog).filter(
  (value): value is ClassType<object> =>
    typeof value === 'function' &&
    /^class\b/.test(Function.prototype.toString.call(value)) &&
    !(value.prototype instanceof Error),
);

const sampleText = (name: string) => readFileSync(join(examplesDir(), name), 'utf8');
const examples = readdirSync(examplesDir())
  .filter((name) => name.endsWith('.json'))
  .map(sampleText);

function fixtureTexts(): string[] {
  return fixtureNames().flatMap((name) => {
    try {
      return [JSON.stringify(loadFixture(name))];
    } catch {
      return []; // the one fixture that is not JSON
    }
  });
}

describe('jsonToInstance against class-transformer', () => {
  it('builds every class of the catalog from every fixture and sample alike', () => {
    const inputs = [...fixtureTexts(), ...examples];
    expect(catalogClasses.length).toBeGreaterThan(50);
    for (const type of catalogClasses) for (const text of inputs) expectSame(type, text);
  });

  it('builds every event class from its sample mutated at every path alike', () => {
    const sources = catalogClasses.flatMap((type) => {
      const name = eventSourceOf(type)?.name;
      return name ? [{ type, sample: JSON.parse(sampleText(`${name}.json`)) as unknown }] : [];
    });
    expect(sources.length).toBeGreaterThan(30);
    for (const { type, sample } of sources) {
      for (const path of samplePaths(sample)) {
        for (const kind of MUTATION_KINDS) expectSame(type, JSON.stringify(mutateSample(sample, path, kind)));
      }
    }
  }, 120_000);

  it('matches on hostile keys: __proto__, constructor with data, and Object.prototype names', () => {
    const hostile = [
      '{"__proto__":{"polluted":"yes"},"a":1}',
      '{"nested":{"constructor":{"x":1}}}',
      '{"nested":{"constructor":"Order"}}',
      '{"nested":{"constructor":null,"a":1}}',
      '{"nested":{"constructor":0}}',
      '{"toString":"x","valueOf":1,"hasOwnProperty":[],"nested":{"toString":"y","isPrototypeOf":{}}}',
      '{"headers":{"constructor":"x","__proto__":"y"},"list":[{"constructor":5}]}',
    ];
    for (const type of catalogClasses) for (const text of hostile) expectSame(type, text);
  });
});

// A DTO family using what class-transformer offers on plain → class.
class Line {
  sku = 'none';
  @Type(() => Number) quantity!: number;
  get total(): number {
    return this.quantity * 2;
  }
  describe(): string {
    return this.sku;
  }
}

class Base {
  @Type(() => Line) lines!: Line[];
  @Type(() => Date) placedAt!: Date;
}

const seen: unknown[] = [];

class Order extends Base {
  @Type(() => String) id!: string;
  @Transform(({ value, key, obj, type, options }) => {
    seen.push([key, type, Object.keys(options).length, typeof obj]);
    return typeof value === 'string' ? value.toUpperCase() : value;
  })
  status!: string;
  @Type(() => Boolean) paid!: boolean;
  @Type(() => Line) primary?: Line;
  @Type((options) => ((options?.object as { kind?: string } | undefined)?.kind === 'line' ? Line : Object))
  payload?: unknown;
  @Type(() => Set) tags?: Set<string>;
  @Type(() => Object) meta?: Record<string, unknown>;
}

@Exclude()
class Exposed {
  @Expose({ name: 'first_name' }) firstName!: string;
}

class Parent {
  @Type(() => Exposed) child!: Exposed;
}

class Shape {
  kind!: string;
}
class Circle extends Shape {
  radius!: number;
}
class Holder {
  @Type(() => Shape, {
    discriminator: { property: 'kind', subTypes: [{ value: Circle, name: 'circle' }] },
    keepDiscriminatorProperty: true,
  })
  shape!: Shape;
}

const json = fc.jsonValue({ maxDepth: 3 });

describe('jsonToInstance on DTOs', () => {
  it('matches @Type, @Transform, inheritance, getters, methods and field initialisers', () => {
    const inputs = [
      {
        id: 7,
        status: 'open',
        paid: 0,
        placedAt: '2026-12-02T10:00:00Z',
        lines: [{ sku: 'a', quantity: '3', total: 9, describe: 'x' }, 'not an object', null],
        primary: { quantity: '1' },
        kind: 'line',
        payload: { quantity: '2', extra: { deep: [1, { constructor: null }] } },
        tags: ['a', 'b', 'a'],
        meta: { constructor: 'kept?', toString: 1, x: { y: 2 } },
      },
      { id: null, status: 5, placedAt: null, lines: 'none', payload: [{ a: 1 }], tags: 'x' },
      { lines: [[{ quantity: 1 }]], paid: 'yes', primary: [{ quantity: 2 }], placedAt: 0 },
      [{ id: 1 }, { id: 2, status: 'x' }],
      'a string',
      null,
    ];
    for (const input of inputs) expectSame(Order, JSON.stringify(input));
  });

  it('calls @Transform functions with what class-transformer passes, once per property', () => {
    seen.length = 0;
    jsonToInstance(Order, { status: 'a' });
    const fast = [...seen];
    seen.length = 0;
    plainToInstance(Order, { status: 'a' });
    expect(fast).toEqual(seen);
    expect(fast).toHaveLength(1);
  });

  it('leaves @Expose/@Exclude and discriminators to class-transformer, with its result', () => {
    expectSame(Parent, '{"child":{"first_name":"Ada","firstName":"no","other":1}}');
    expectSame(Exposed, '{"first_name":"Ada"}');
    expectSame(Holder, '{"shape":{"kind":"circle","radius":2}}');
    expectSame(Holder, '{"shape":{"kind":"square"}}');
  });

  it('matches on any JSON value for every DTO', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const nested = { ...(typeof a === 'object' && a !== null && !Array.isArray(a) ? a : {}), lines: [b] };
        for (const type of [Order, Base, Line, Parent, Holder] as ClassType<object>[]) {
          expectSame(type, JSON.stringify(a));
          expectSame(type, JSON.stringify(nested));
        }
      }),
      { numRuns: 300 },
    );
  });
});
