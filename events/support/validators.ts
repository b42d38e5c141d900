import {
  buildMessage,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { DictionaryAsSent } from './as-sent.js';
import { isRecord, isString } from './guards.js';

/**
 * Property validators shared by the event classes: nullable fields, string-or-string-array values
 * and dictionaries whose every value passes one check.
 */

type ValueCheck = (value: unknown) => boolean;

const isStringArray: ValueCheck = (value) => Array.isArray(value) && value.every(isString);
const isStringOrStringArray: ValueCheck = (value) => isString(value) || isStringArray(value);

/** A plain object (not an array) whose every value passes `check`. */
function isRecordWhere(value: unknown, check: ValueCheck): boolean {
  return isRecord(value) && Object.values(value).every(check);
}

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
        validate: isStringOrStringArray,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a string or an array of strings`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * A dictionary whose every value passes `check` (`Record<string, string>` headers, counters).
 *
 * @example
 * ```ts
 * @IsRecordOf(isString, 'a string') headers!: Record<string, string>;
 * ```
 */
export function IsRecordOf(check: (value: unknown) => boolean, description: string): PropertyDecorator {
  const asSent = DictionaryAsSent();
  const validate = ValidateBy({
    name: 'isRecordOf',
    validator: {
      validate: (value: unknown) => isRecordWhere(value, check),
      defaultMessage: (args?: ValidationArguments) => {
        const value: unknown = args?.value;
        const what = `${args?.property ?? 'value'}`;
        if (!isRecord(value)) return `${what} must be an object whose values are each ${description}`;
        const bad = Object.entries(value)
          .filter(([, v]) => !check(v))
          .map(([k]) => k);
        return `${what} has entries that are not ${description}: ${bad.join(', ')}`;
      },
    },
  });
  return (target: object, key: string | symbol) => {
    asSent(target, key);
    validate(target, key);
  };
}

function mapValidator(name: string, check: ValueCheck, what: string, options?: ValidationOptions) {
  const asSent = DictionaryAsSent();
  const validate = ValidateBy(
    {
      name,
      validator: {
        validate: (value) => isRecordWhere(value, check),
        defaultMessage: buildMessage((each) => `${each}$property must be an object of ${what}`, options),
      },
    },
    options,
  );
  return (target: object, key: string | symbol) => {
    asSent(target, key);
    validate(target, key);
  };
}

/**
 * An object whose values are all strings (single-value headers, query, path parameters).
 *
 * @example
 * ```ts
 * @IsOptional() @IsStringMap() headers?: Record<string, string>;
 * ```
 */
export function IsStringMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator('isStringMap', isString, 'strings', options);
}

/**
 * An object whose values are all string arrays (multi-value headers and query).
 *
 * @example
 * ```ts
 * @IsOptional() @IsStringListMap() multiValueHeaders?: Record<string, string[]>;
 * ```
 */
export function IsStringListMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator('isStringListMap', isStringArray, 'string arrays', options);
}

/**
 * An object whose values are strings or string arrays (VPC Lattice v2 headers and query).
 *
 * @example
 * ```ts
 * @IsStringOrListMap() headers!: Record<string, string | string[]>;
 * ```
 */
export function IsStringOrListMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator('isStringOrListMap', isStringOrStringArray, 'strings or string arrays', options);
}
