import { getMetadataStorage, type MetadataStorage, ValidationTypes } from 'class-validator';
import { isThenable } from '../runtime/thenable.js';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type ConstraintMetadata = ReturnType<MetadataStorage['getTargetValidatorConstraints']>[number];

/** The options of class-validator's `validate` that `certainlyValid` takes into account. */
export interface PlanOptions {
  /** class-validator's `whitelist`: undecorated properties are deleted. */
  readonly whitelist: boolean;
  /** class-validator's `forbidNonWhitelisted`: an undecorated property is an error. */
  readonly forbidNonWhitelisted: boolean;
}

/** One constraint check of a property, with the constraint classes it runs. */
interface Check {
  readonly metadata: ValidationMetadata;
  readonly constraints: readonly ConstraintMetadata[];
}

/** What validating one property takes: `@ValidateIf`/`@IsOptional` conditions, checks, nesting. */
interface PropertyPlan {
  readonly name: string;
  readonly conditions: readonly ValidationMetadata[];
  readonly checks: readonly Check[];
  readonly nested: boolean;
}

/** A class's validation metadata, grouped once instead of on every call. */
interface ClassPlan {
  readonly properties: readonly PropertyPlan[];
  /** Every property with any metadata: what `whitelist` keeps. */
  readonly allowed: ReadonlySet<string>;
}

/** `false`: the class uses something only class-validator itself runs (an async constraint, `@ValidatePromise`). */
const plans = new Map<Function, ClassPlan | false>();

/**
 * True when class-validator's `validate(object, { ...options, forbidUnknownValues: false })` is
 * certain to report no error; false when it may report one, or when only class-validator can tell
 * (an async constraint, a constraint that returned a promise, a class without a constructor).
 * Callers then run class-validator itself, which also builds the error messages.
 *
 * It runs the same constraint instances, with the same arguments and the same metadata
 * (`getTargetValidationMetadatas`, inheritance included), but looks the metadata up once per
 * class rather than on every call and builds no error objects. With `whitelist` it deletes the
 * same properties class-validator would. A class's metadata is read when it is first validated:
 * decorators registered on it later are not seen.
 *
 * @example
 * ```ts
 * const order = plainToInstance(CreateOrder, raw);
 * const errors = certainlyValid(order, { whitelist: false, forbidNonWhitelisted: false }) ? [] : await validate(order);
 * ```
 */
export function certainlyValid(object: object, options: PlanOptions): boolean {
  const type = object.constructor;
  if (typeof type !== 'function') return false;
  const plan = planOf(type);
  if (!plan) return false;
  if (options.whitelist) {
    for (const key of Object.keys(object)) {
      if (plan.allowed.has(key)) continue;
      if (options.forbidNonWhitelisted) return false;
      delete (object as Record<string, unknown>)[key];
    }
  }
  for (const property of plan.properties) {
    const value = (object as Record<string, unknown>)[property.name];
    if (!allConditionsHold(property.conditions, object, value)) continue;
    for (const check of property.checks) if (!passes(check, object, value, type.name)) return false;
    if (property.nested && !nestedValid(value, options)) return false;
  }
  return true;
}

function planOf(type: Function): ClassPlan | false {
  let plan = plans.get(type);
  if (plan === undefined) {
    plan = buildPlan(type);
    plans.set(type, plan);
  }
  return plan;
}

function buildPlan(type: Function): ClassPlan | false {
  const storage = getMetadataStorage();
  // What class-validator's ValidationExecutor asks for when `validate` gets no groups or schema.
  const metadatas = storage.getTargetValidationMetadatas(type, undefined as unknown as string, false, false);
  const grouped = storage.groupByPropertyName(metadatas);
  const properties: PropertyPlan[] = [];
  for (const [name, list] of Object.entries(grouped)) {
    const conditions: ValidationMetadata[] = [];
    const defined: Check[] = [];
    const custom: Check[] = [];
    let nested = false;
    for (const metadata of list) {
      switch (metadata.type) {
        case ValidationTypes.CONDITIONAL_VALIDATION:
          conditions.push(metadata);
          break;
        case ValidationTypes.IS_DEFINED:
        case ValidationTypes.CUSTOM_VALIDATION: {
          const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
          if (constraints.some((constraint) => constraint.async)) return false;
          (metadata.type === ValidationTypes.IS_DEFINED ? defined : custom).push({ metadata, constraints });
          break;
        }
        case ValidationTypes.NESTED_VALIDATION:
          nested = true;
          break;
        case ValidationTypes.WHITELIST:
          break;
        default:
          return false;
      }
    }
    properties.push({ name, conditions, checks: [...defined, ...custom], nested });
  }
  return { properties, allowed: new Set(Object.keys(grouped)) };
}

/** Every condition is evaluated, as class-validator does, even after one fails. */
function allConditionsHold(
  conditions: readonly ValidationMetadata[],
  object: object,
  value: unknown,
): boolean {
  let hold = true;
  for (const condition of conditions) hold = condition.constraints[0](object, value) && hold;
  return hold;
}

function passes(
  { metadata, constraints }: Check,
  object: object,
  value: unknown,
  targetName: string,
): boolean {
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  for (const constraint of constraints) {
    const args = {
      targetName,
      property: metadata.propertyName,
      object,
      value,
      constraints: metadata.constraints,
    };
    const validator = constraint.instance;
    if (metadata.each && isCollection(value)) {
      for (const item of itemsOf(value)) if (!settledTrue(validator.validate(item, args))) return false;
    } else if (!settledTrue(validator.validate(value, args))) {
      return false;
    }
  }
  return true;
}

/** A truthy result that is not a promise: a promise is left to class-validator. */
function settledTrue(result: unknown): boolean {
  return !isThenable(result) && Boolean(result);
}

/** `@ValidateNested`: arrays, sets and maps item by item; objects by their own class's plan. */
function nestedValid(value: unknown, options: PlanOptions): boolean {
  if (value === undefined) return true;
  if (isCollection(value)) {
    for (const item of itemsOf(value)) if (!nestedValid(item, options)) return false;
    return true;
  }
  return value instanceof Object && certainlyValid(value, options);
}

function isCollection(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}

function itemsOf(value: unknown[] | Set<unknown> | Map<unknown, unknown>): Iterable<unknown> {
  return value instanceof Map ? value.values() : value;
}
