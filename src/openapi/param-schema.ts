import type { JsonSchema } from './types.js';

/**
 * The schema of a path, query, header or cookie value of `type` (the decorator's explicit type or
 * the emitted one), matching what `convertParam` accepts: `Number` a finite number, `Boolean` a
 * boolean, `Date` a date-time string, `BigInt` an integer, anything else a string.
 */
export function paramSchema(type: Function | undefined, array: boolean): JsonSchema {
  if (array) return { type: 'array', items: { type: 'string' } };
  switch (type) {
    case Number:
      return { type: 'number' };
    case Boolean:
      return { type: 'boolean' };
    case Date:
      return { type: 'string', format: 'date-time' };
    case BigInt:
      return { type: 'integer' };
    default:
      return { type: 'string' };
  }
}

/** True when a value of `type` is converted, so a value that does not convert is a 400. */
export function isConverted(type: Function | undefined): boolean {
  return type === Number || type === Boolean || type === Date || type === BigInt;
}
