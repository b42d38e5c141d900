import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as catalog from 'lambdakit/events';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { eventSourceOf } from '../../decorators/event-source.js';
import { examplesDir } from '../../src/cli/examples.js';
import { samplePaths } from '../support/sample-mutation.js';

/**
 * `__proto__`, `constructor` and `prototype` keys in an event (as `JSON.parse` makes them: own
 * properties) must neither pollute Object.prototype nor change the prototype of any instance the
 * catalog builds. class-transformer skips `__proto__` and `constructor` keys while copying; the
 * dictionaries of the catalog (headers, query parameters, attributes by name) keep them as own data.
 */

const HOSTILE = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"polluted":"yes"}}',
  '{"prototype":{"polluted":"yes"}}',
];

function isClass(value: unknown): value is ClassType<object> {
  return typeof value === 'function';
}

const sources = Object.values(catalog)
  .filter(isClass)
  .flatMap((type) => {
    const spec = eventSourceOf(type);
    return spec ? [{ type, name: spec.name }] : [];
  });

function sampleText(name: string): string {
  return readFileSync(join(examplesDir(), `${name}.json`), 'utf8');
}

/** The sample with the hostile keys merged into every object of it (the root included). */
function hostileSample(name: string, hostile: string): unknown {
  const sample: unknown = JSON.parse(sampleText(name));
  const objects = [sample, ...samplePaths(sample).map((path) => valueAt(sample, path))].filter(
    (value): value is Record<string, unknown> =>
      typeof value === 'object' && value !== null && !Array.isArray(value),
  );
  const fields = Object.entries(JSON.parse(hostile) as Record<string, unknown>);
  for (const object of objects) {
    for (const [key, value] of fields)
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.parse(JSON.stringify(sample));
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value;
}

/** Every object reachable from `value` whose prototype is not Object.prototype, Array.prototype or a class's. */
function strayPrototypes(value: unknown, seen = new Set<unknown>(), at = '$'): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const proto: unknown = Object.getPrototypeOf(value);
  const problems: string[] = [];
  const fine =
    proto === Object.prototype ||
    proto === Array.prototype ||
    proto === null ||
    (typeof proto === 'object' &&
      proto !== null &&
      Object.hasOwn(proto, 'constructor') &&
      isClass(proto.constructor));
  if (!fine) problems.push(`${at} has a stray prototype`);
  for (const [key, child] of Object.entries(value))
    problems.push(...strayPrototypes(child, seen, `${at}.${key}`));
  return problems;
}

describe('prototype pollution through event keys', () => {
  afterEach(() => {
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it.each(HOSTILE)(
    '%s in every object of every sample leaves Object.prototype and every instance intact',
    async (hostile) => {
      for (const { type, name } of sources) {
        const raw = hostileSample(name, hostile);
        const outcome = await catalog.transformAndValidate(type, raw).catch((error: unknown) => error);
        if (outcome instanceof catalog.EventValidationError) continue;
        expect(outcome, `${name}`).toBeInstanceOf(type);
        expect(Object.getPrototypeOf(outcome), name).toBe(type.prototype);
        expect(strayPrototypes(outcome), name).toEqual([]);
        expect(({} as Record<string, unknown>).polluted, name).toBeUndefined();
      }
    },
  );

  it.each(['__proto__', 'constructor', 'prototype'])(
    'keeps a `%s` dictionary key as data: an SQS message attribute, a query parameter, a header',
    async (name) => {
      const sqs = JSON.parse(
        sampleText('sqs').replace(
          '"messageAttributes": {',
          `"messageAttributes": { "${name}": { "stringValue": "p", "dataType": "String" },`,
        ),
      ) as unknown;
      const event = await catalog.transformAndValidate(catalog.SqsEvent, sqs);
      const attributes = event.Records[0]!.messageAttributes;
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(attributes, name)?.value).toBeInstanceOf(
        catalog.SqsMessageAttribute,
      );

      const rest = JSON.parse(
        sampleText('apigw-v1').replace(
          '"queryStringParameters": {',
          `"queryStringParameters": { "${name}": "1",`,
        ),
      ) as unknown;
      const request = await catalog.transformAndValidate(catalog.ApiGatewayProxyEvent, rest);
      expect(Object.getOwnPropertyDescriptor(request.queryStringParameters, name)?.value).toBe('1');
      expect(Object.getPrototypeOf(request.queryStringParameters)).toBe(Object.prototype);

      const v2 = JSON.parse(
        sampleText('apigw-v2').replace('"headers": {', `"headers": { "${name}": "h",`),
      ) as unknown;
      const httpApi = await catalog.transformAndValidate(catalog.ApiGatewayProxyEventV2, v2);
      expect(Object.getOwnPropertyDescriptor(httpApi.headers, name)?.value).toBe('h');
    },
  );
});
