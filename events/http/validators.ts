import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

type ValueCheck = (value: unknown) => boolean;

function isMapOf(value: unknown, check: ValueCheck): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(check);
}

const isStr: ValueCheck = (v) => typeof v === 'string';
const isStrList: ValueCheck = (v) => Array.isArray(v) && v.every(isStr);

function mapValidator(name: string, check: ValueCheck, what: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value) => isMapOf(value, check),
        defaultMessage: buildMessage((each) => `${each}$property must be an object of ${what}`, options),
      },
    },
    options,
  );
}

/** An object whose values are all strings (single-value headers, query, path parameters). */
export function IsStringMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator('isStringMap', isStr, 'strings', options);
}

/** An object whose values are all string arrays (multi-value headers and query). */
export function IsStringListMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator('isStringListMap', isStrList, 'string arrays', options);
}

/** An object whose values are strings or string arrays (VPC Lattice v2 headers and query). */
export function IsStringOrListMap(options?: ValidationOptions): PropertyDecorator {
  return mapValidator(
    'isStringOrListMap',
    (v) => isStr(v) || isStrList(v),
    'strings or string arrays',
    options,
  );
}
