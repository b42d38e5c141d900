import { plainToInstance } from 'class-transformer';
import { ValidateBy, type ValidationArguments, type ValidationError, validateSync } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import { DictionaryAsSent } from './as-sent.js';
import { isRecord } from './guards.js';

/** Options of `@NestedRecord`. */
export interface NestedRecordOptions {
  /**
   * Each value of the dictionary is an array of `type` (Kafka `records`, RabbitMQ messages by queue).
   * @default false
   */
  readonly arrays?: boolean;
}

/**
 * A dictionary (`{ [key]: T }` or `{ [key]: T[] }`) whose values are nested classes: turns each value
 * into an instance of `type` and validates it. class-validator's `@ValidateNested` only walks arrays,
 * sets and maps, so a failure is reported on the dictionary's own path, with the entry and field in
 * the message: `messageAttributes: Attribute1.dataType (isString)`.
 *
 * @example
 * ```ts
 * @NestedRecord(() => SqsMessageAttribute)
 * messageAttributes!: Record<string, SqsMessageAttribute>;
 * ```
 */
export function NestedRecord(
  type: () => ClassType<object>,
  options: NestedRecordOptions = {},
): PropertyDecorator {
  const arrays = options.arrays === true;
  const toInstance = (value: unknown): unknown => (isRecord(value) ? plainToInstance(type(), value) : value);
  const asSent = DictionaryAsSent((entry) =>
    arrays && Array.isArray(entry) ? entry.map(toInstance) : arrays ? entry : toInstance(entry),
  );
  const validate = ValidateBy({
    name: 'nestedRecord',
    validator: {
      validate: (value: unknown) => isRecord(value) && entryProblems(value, type, arrays).length === 0,
      defaultMessage: (args?: ValidationArguments) => {
        const value: unknown = args?.value;
        const what = `${args?.property ?? 'value'}`;
        if (!isRecord(value))
          return `${what} must be an object of ${arrays ? 'arrays of ' : ''}${type().name}`;
        return `${what} has invalid entries: ${entryProblems(value, type, arrays).join('; ')}`;
      },
    },
  });
  return (target: object, key: string | symbol) => {
    asSent(target, key);
    validate(target, key);
  };
}

function entryProblems(
  value: Record<string, unknown>,
  type: () => ClassType<object>,
  arrays: boolean,
): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (!arrays) {
      problems.push(...instanceProblems(entry, type(), key));
    } else if (!Array.isArray(entry)) {
      problems.push(`${key} (isArray)`);
    } else {
      entry.forEach((item: unknown, index) => {
        problems.push(...instanceProblems(item, type(), `${key}.${index}`));
      });
    }
  }
  return problems;
}

function instanceProblems(entry: unknown, type: ClassType<object>, path: string): string[] {
  if (!isRecord(entry)) return [`${path} (isObject)`];
  const instance = entry instanceof type ? entry : plainToInstance(type, entry);
  return flatten(validateSync(instance, { forbidUnknownValues: false }), path);
}

function flatten(errors: readonly ValidationError[], prefix: string): string[] {
  const out: string[] = [];
  for (const error of errors) {
    const path = `${prefix}.${error.property}`;
    if (error.constraints) out.push(`${path} (${Object.keys(error.constraints).join(', ')})`);
    if (error.children?.length) out.push(...flatten(error.children, path));
  }
  return out;
}
