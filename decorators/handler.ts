import type { ValidationOptions } from '../src/dispatch/transform-and-validate.js';
import type { ClassType } from './class-type.js';

/** Options of `@Handler`. */
export interface HandlerOptions extends ValidationOptions {
  /**
   * For batch sources (SQS, Kinesis, DynamoDB Streams): call the method once per record, each record
   * validated on its own, and answer with `{ batchItemFailures }` for the records that failed.
   * @default false
   */
  readonly perRecord?: boolean;
  /**
   * In per-record mode, run the records concurrently instead of one after another. Ignored for
   * ordered sources (SQS FIFO), which always run in order and stop at the first failure.
   * @default false
   */
  readonly parallel?: boolean;
  /**
   * Validate with class-validator before calling the method (it is always transformed).
   * @default true
   */
  readonly validate?: boolean;
}

/** One `@Handler` declaration on a method. */
export interface HandlerDeclaration {
  readonly key: string | symbol;
  readonly eventType: ClassType<object>;
  readonly options: HandlerOptions;
}

const declarations = new WeakMap<object, HandlerDeclaration[]>();

/**
 * Makes a controller method the handler of an event class: the dispatcher detects the event's type,
 * transforms the JSON into that class, validates it, and only then calls the method.
 *
 * @example
 * ```ts
 * @Handler(SqsEvent, { perRecord: true })
 * async onMessage(record: SqsRecord, ctx: Context) {}
 *
 * @Handler(CreateOrder) // a plain DTO: accepts any JSON that validates as CreateOrder
 * async create(order: CreateOrder) {}
 * ```
 */
export function Handler<T extends object>(
  eventType: ClassType<T>,
  options: HandlerOptions = {},
): MethodDecorator {
  return (target, key) => {
    const list = declarations.get(target.constructor) ?? [];
    list.push({ key, eventType, options });
    declarations.set(target.constructor, list);
  };
}

/** The `@Handler` declarations of a controller class, including inherited ones. */
export function handlersOf(type: ClassType): readonly HandlerDeclaration[] {
  const all: HandlerDeclaration[] = [];
  for (let current: unknown = type; typeof current === 'function'; current = Object.getPrototypeOf(current)) {
    all.push(...(declarations.get(current) ?? []));
  }
  return all;
}
