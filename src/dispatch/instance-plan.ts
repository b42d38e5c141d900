import '../../events/support/metadata.js';
import {
  type ClassTransformOptions,
  plainToInstance,
  TransformationType,
  type TransformMetadata,
  Type,
  type TypeMetadata,
} from 'class-transformer';
import { defaultMetadataStorage as storage } from 'class-transformer/cjs/storage.js';
import type { ClassType } from '../../decorators/class-type.js';
import { BUILT_FROM_RAW_RECORD } from '../../events/support/as-sent.js';
import { isRecord } from '../../events/support/guards.js';

/** What class-transformer looks up for one property of a class on every call, looked up once. */
interface PropertyPlan {
  readonly type: TypeMetadata | undefined;
  /** The `@Transform` functions that apply to plain → class, in class-transformer's order. */
  readonly transforms: readonly TransformMetadata[];
  /** The class's prototype has a method or a getter without setter here: class-transformer skips the key. */
  readonly onPrototype: boolean;
  /** The one transform builds its result from the raw object alone (`@DictionaryAsSent`). */
  readonly builtFromRawRecord: boolean;
}

/** A class's class-transformer metadata by property, read as keys first appear. */
interface ClassPlan {
  readonly properties: Map<string, PropertyPlan>;
}

/** The case is one only class-transformer handles (`permanent`: for this class, whatever the input). */
class Unsupported extends Error {
  constructor(readonly permanent: boolean) {
    super('left to class-transformer');
  }
}

/** The options class-transformer hands to `@Transform` functions when none are given. */
const DEFAULT_OPTIONS: ClassTransformOptions = {
  enableCircularCheck: false,
  enableImplicitConversion: false,
  excludeExtraneousValues: false,
  excludePrefixes: undefined,
  exposeDefaultValues: false,
  exposeUnsetFields: true,
  groups: undefined,
  ignoreDecorators: false,
  strategy: undefined,
  targetMaps: undefined,
  version: undefined,
};

/** Property names a plain `{}` takes from Object.prototype, which class-transformer never copies. */
const OBJECT_PROTOTYPE_KEYS = new Set(
  Object.getOwnPropertyNames(Object.prototype).filter((key) => blockedOnPrototype(Object.prototype, key)),
);

/** Keys of one class remembered at most; input can carry any number of keys. */
const MAX_REMEMBERED_KEYS = 512;

/** `false`: the class, or a class below it, is left to class-transformer. */
const plans = new Map<Function, ClassPlan | false>();

/**
 * True when the storage read here is the one `@Type` writes to (a bundler that took another build
 * of class-transformer for lambdakit than for the app would give two).
 */
const storageShared = ((): boolean => {
  class Probe {
    probe?: Probe;
  }
  Type(() => Probe)(Probe.prototype, 'probe');
  return storage.findTypeMetadata(Probe, 'probe') !== undefined;
})();

/**
 * class-transformer's `plainToInstance(type, raw)` for a value fresh from `JSON.parse`, with the
 * same result: the same instances, keys, `@Type` and `@Transform` calls, in the same order. It
 * looks each class's metadata up once instead of on every property of every call, which makes it
 * several times faster on a 2 KB event. Classes that use what it does not handle (`@Expose`,
 * `@Exclude`, discriminators, `Map` properties) and input class-transformer rejects go to
 * class-transformer itself.
 *
 * @example
 * ```ts
 * const event = jsonToInstance(ApiGatewayProxyEventV2, JSON.parse(body));
 * ```
 */
export function jsonToInstance<T>(type: ClassType<T>, raw: unknown): T {
  if (!storageShared || plans.get(type) === false) return plainToInstance(type, raw);
  try {
    return convert(raw, type, undefined) as T;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    if (error.permanent) plans.set(type, false);
    return plainToInstance(type, raw);
  }
}

/** class-transformer's `transform` for plain → class with default options, on JSON values. */
function convert(value: unknown, target: unknown, arrayType: unknown): unknown {
  if (target !== undefined && target !== null && typeof target !== 'function') throw new Unsupported(false);
  if (Array.isArray(value)) {
    const out = arrayType ? newArray(arrayType) : [];
    for (const item of value) {
      const converted = convert(item, target, undefined);
      if (out instanceof Set) out.add(converted);
      else out.push(converted);
    }
    return out;
  }
  if (target === String || target === Number || target === Boolean) {
    return value === null || value === undefined ? value : (target as (v: unknown) => unknown)(value);
  }
  if (target === Date || target === Buffer) {
    if (value === null || value === undefined) return value;
    return target === Date ? new Date(value as string) : Buffer.from(value as string);
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (target) return toClass(record, target as ClassType<object>);
  const guessed: unknown = record.constructor;
  // An own `constructor` key: class-transformer would take its value for the class (and throw).
  if (guessed !== Object && guessed) throw new Unsupported(false);
  return toPlain(record);
}

function newArray(arrayType: unknown): unknown[] | Set<unknown> {
  const array: unknown = new (arrayType as new () => unknown)();
  return array instanceof Set || (typeof array === 'object' && array !== null && 'push' in array)
    ? (array as unknown[] | Set<unknown>)
    : [];
}

function toPlain(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || OBJECT_PROTOTYPE_KEYS.has(key)) continue;
    out[key] = convert(value[key], undefined, undefined);
  }
  return out;
}

function toClass(value: Record<string, unknown>, type: ClassType<object>): object {
  const plan = planOf(type);
  const instance = new type() as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor') continue;
    const property = propertyPlan(plan, type, key);
    const item = value[key];
    const metadata = property.type;
    const itemType: unknown = metadata
      ? metadata.typeFunction
        ? metadata.typeFunction({ newObject: instance, object: value, property: key })
        : metadata.reflectedType
      : undefined;
    if (property.onPrototype || instance[key] instanceof Function) continue;
    let result =
      property.builtFromRawRecord && isRecord(item)
        ? item
        : convert(item, itemType, Array.isArray(item) ? metadata?.reflectedType : undefined);
    for (const transform of property.transforms) {
      result = transform.transformFn({
        value: result,
        key,
        obj: value,
        type: TransformationType.PLAIN_TO_CLASS,
        options: DEFAULT_OPTIONS,
      });
    }
    instance[key] = result;
  }
  return instance;
}

function planOf(type: Function): ClassPlan {
  let plan = plans.get(type);
  if (plan === undefined) {
    plan = supported(type) ? { properties: new Map() } : false;
    plans.set(type, plan);
  }
  if (!plan) throw new Unsupported(true);
  return plan;
}

/** The class uses no `@Expose`/`@Exclude` (they change which keys are copied). */
function supported(type: Function): boolean {
  try {
    return (
      storage.getStrategy(type) === 'none' &&
      storage.getExposedMetadatas(type).length === 0 &&
      storage.getExcludedMetadatas(type).length === 0
    );
  } catch {
    return false; // not a class with a prototype: class-transformer reports it
  }
}

function propertyPlan(plan: ClassPlan, type: Function, key: string): PropertyPlan {
  const known = plan.properties.get(key);
  if (known) return known;
  const metadata = storage.findTypeMetadata(type, key);
  const discriminator = metadata?.options?.discriminator;
  if ((discriminator?.property && discriminator.subTypes) || metadata?.reflectedType === Map) {
    plans.set(type, false);
    throw new Unsupported(true);
  }
  const transforms = storage
    .findTransformMetadatas(type, key, TransformationType.PLAIN_TO_CLASS)
    .filter((transform) => !transform.options?.groups?.length);
  const property: PropertyPlan = {
    type: metadata,
    transforms,
    onPrototype: blockedOnPrototype(type.prototype, key),
    builtFromRawRecord: transforms.length === 1 && BUILT_FROM_RAW_RECORD.has(transforms[0]!.transformFn),
  };
  if (plan.properties.size < MAX_REMEMBERED_KEYS) plan.properties.set(key, property);
  return property;
}

/** class-transformer skips a key that the prototype holds as a method or a getter without setter. */
function blockedOnPrototype(prototype: object, key: string): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  return descriptor !== undefined && !descriptor.set;
}
