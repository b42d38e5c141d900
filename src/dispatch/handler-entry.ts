import type { ClassType } from '../../decorators/class-type.js';
import { type EventSourceSpec, eventSourceOf } from '../../decorators/event-source.js';
import type { HandlerDeclaration, HandlerOptions } from '../../decorators/handler.js';
import { type ParamSpec, paramsOf } from '../../decorators/params.js';
import { middlewareOf } from '../../decorators/use-middleware.js';
import { InitError } from '../errors/runtime-errors.js';
import type { Middleware } from './middleware.js';

/** Everything the dispatcher needs to call one `@Handler` method. */
export interface HandlerEntry {
  readonly instance: object;
  readonly controller: string;
  readonly key: string | symbol;
  readonly eventType: ClassType<object>;
  /** Undefined for plain DTO handlers, which accept any JSON. */
  readonly source: EventSourceSpec | undefined;
  readonly options: HandlerOptions;
  readonly middleware: readonly Middleware[];
  /** The method's decorated parameters, read once. */
  readonly params: readonly ParamSpec[];
}

/** Builds the entry of one declaration, checking it makes sense (per-record needs a batch source). */
export function toHandlerEntry(
  type: ClassType,
  instance: object,
  declaration: HandlerDeclaration,
): HandlerEntry {
  const source = eventSourceOf(declaration.eventType);
  const where = `${type.name}.${String(declaration.key)}`;
  if (typeof (instance as Record<string | symbol, unknown>)[declaration.key] !== 'function') {
    throw new InitError(`${where} is not a method`);
  }
  if (declaration.options.perRecord && !source?.batch) {
    throw new InitError(
      `${where}: perRecord needs a batch event source (SQS, Kinesis, DynamoDB Streams), and ${declaration.eventType.name} is not one`,
    );
  }
  return {
    instance,
    controller: type.name,
    key: declaration.key,
    eventType: declaration.eventType,
    source,
    options: declaration.options,
    middleware: middlewareOf(type, declaration.key),
    params: paramsOf(type.prototype, declaration.key),
  };
}

/** `Controller.method(EventType)`, for messages. */
export function describeEntry(entry: HandlerEntry): string {
  return `${entry.controller}.${String(entry.key)}(${entry.eventType.name})`;
}
