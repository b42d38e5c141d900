import './metadata.js';
import { Transform, Type } from 'class-transformer';
import { isRecord } from './guards.js';

/**
 * A copy of a dictionary as sent: every own key kept as an own data property, `__proto__` and
 * `constructor` included (class-transformer drops those keys, and throws on a nested object that
 * has a `constructor` key). Values go through `entry`.
 */
function copyDictionary(
  value: Record<string, unknown>,
  entry: (item: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      value: entry(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The property holds a dictionary (headers, query parameters, attributes by name) that is kept as
 * sent, whatever its keys: class-transformer builds it as a bare `Object` (so a `constructor` key
 * cannot make it guess a class), then the dictionary is copied from the raw event with every key.
 * Values that are not dictionaries are left to the validators.
 *
 * @example
 * ```ts
 * @DictionaryAsSent() @IsStringMap() headers!: Record<string, string>;
 * ```
 */
export function DictionaryAsSent(entry: (item: unknown) => unknown = copyJson): PropertyDecorator {
  const type = Type(() => Object);
  const transform = Transform(
    ({ obj, key, value }: { obj: unknown; key: string; value: unknown }) => {
      const raw: unknown = isRecord(obj) ? obj[key] : undefined;
      return isRecord(raw) ? copyDictionary(raw, entry) : value;
    },
    { toClassOnly: true },
  );
  return (target: object, key: string | symbol) => {
    type(target, key);
    transform(target, key);
  };
}

/** A deep copy of a JSON value, own `__proto__` keys kept as data. */
function copyJson(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}
