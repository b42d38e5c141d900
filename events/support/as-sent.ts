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
  for (const key of Object.keys(value)) {
    // Assignment makes an own data property of any key but `__proto__`, which it would take for the prototype.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: entry(value[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = entry(value[key]);
    }
  }
  return out;
}

/**
 * The `@Transform` functions of `@DictionaryAsSent`: when the raw property is an object they build
 * the result from it alone, so what class-transformer converted first is not needed (see `jsonToInstance`).
 */
export const BUILT_FROM_RAW_RECORD = new WeakSet<Function>();

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
  const asSent = ({ obj, key, value }: { obj: unknown; key: string; value: unknown }) => {
    const raw: unknown = isRecord(obj) ? obj[key] : undefined;
    return isRecord(raw) ? copyDictionary(raw, entry) : value;
  };
  BUILT_FROM_RAW_RECORD.add(asSent);
  const transform = Transform(asSent, { toClassOnly: true });
  return (target: object, key: string | symbol) => {
    type(target, key);
    transform(target, key);
  };
}

/** A deep copy of a JSON value, own `__proto__` keys kept as data. */
function copyJson(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}
