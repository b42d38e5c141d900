import * as catalog from 'lambdakit/events';
import { expect } from 'vitest';
import type { ClassType } from '../../decorators/class-type.js';
import { mostSpecificSources } from './registry-table.js';

/** Expects `event` to be detected as exactly `type` and to validate; resolves to the instance. */
export async function accepts<T extends object>(type: ClassType<T>, event: unknown): Promise<T> {
  expect(mostSpecificSources(event).map(({ name }) => name)).toEqual([type.name]);
  const instance = await catalog.transformAndValidate(type, event);
  expect(instance).toBeInstanceOf(type);
  return instance;
}
