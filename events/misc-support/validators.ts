import { buildMessage, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isString } from '../../src/dispatch/guards.js';

/**
 * The property must be present but may be `null` (AWS sends `"headers": null`). Put it before the
 * type check, which then runs only on non-null values: a missing property still fails.
 *
 * @example
 * ```ts
 * @Nullable() @IsObject() headers!: Record<string, string> | null;
 * ```
 */
export function Nullable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== null);
}

/**
 * A string or an array of strings, as IAM policy `Action` and `Resource` are.
 *
 * @example
 * ```ts
 * @IsStringOrStringArray() Resource!: string | string[];
 * ```
 */
export function IsStringOrStringArray(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStringOrStringArray',
      validator: {
        validate: (value: unknown) => isString(value) || (Array.isArray(value) && value.every(isString)),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a string or an array of strings`,
          options,
        ),
      },
    },
    options,
  );
}
