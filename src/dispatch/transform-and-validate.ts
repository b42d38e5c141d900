import { type ValidationError, validate } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import { isRecord } from '../../events/support/guards.js';
import { EventValidationError, type ValidationIssue } from '../errors/event-validation-error.js';
import { jsonToInstance } from './instance-plan.js';
import { certainlyValid } from './validation-plan.js';

/** How strictly unknown properties are treated. */
export interface ValidationOptions {
  /**
   * Strip properties that carry no class-validator decorator.
   * @default false
   */
  readonly whitelist?: boolean;
  /**
   * Fail validation when a property carries no class-validator decorator.
   * @default false
   */
  readonly forbidUnknown?: boolean;
}

/**
 * Turns untrusted JSON into an instance of `type` (class-transformer) and validates it
 * (class-validator). Resolves with the instance, or rejects with an `EventValidationError`
 * listing every failing property path.
 *
 * @example
 * ```ts
 * const order = await transformAndValidate(CreateOrder, JSON.parse(body));
 * ```
 */
export async function transformAndValidate<T extends object>(
  type: ClassType<T>,
  raw: unknown,
  options: ValidationOptions = {},
): Promise<T> {
  if (!isRecord(raw)) {
    throw new EventValidationError(type.name, [
      { path: '', constraints: { isObject: `${type.name} must be a JSON object, got ${describe(raw)}` } },
    ]);
  }
  const instance = toInstance(type, raw);
  const whitelist = options.whitelist === true || options.forbidUnknown === true;
  const forbidNonWhitelisted = options.forbidUnknown === true;
  // The common case, a valid object, skips class-validator's per-call metadata lookups.
  if (certainlyValid(instance, { whitelist, forbidNonWhitelisted })) return instance;
  const errors = await validate(instance, { whitelist, forbidNonWhitelisted, forbidUnknownValues: false });
  if (errors.length > 0) throw new EventValidationError(type.name, flatten(errors, ''));
  return instance;
}

/**
 * class-transformer throws a TypeError for some shapes it cannot copy (a nested object whose
 * `constructor` key holds data): that is bad input, reported like any other validation failure.
 */
function toInstance<T extends object>(type: ClassType<T>, raw: Record<string, unknown>): T {
  try {
    return jsonToInstance(type, raw);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new EventValidationError(type.name, [
      {
        path: '',
        constraints: { transform: `${type.name} cannot be built from this JSON: ${error.message}` },
      },
    ]);
  }
}

function flatten(errors: readonly ValidationError[], prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) issues.push({ path, constraints: error.constraints });
    if (error.children?.length) issues.push(...flatten(error.children, path));
  }
  return issues;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
