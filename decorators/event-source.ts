import type { ClassType } from './class-type.js';

/** How Lambda names one record of a batch in `batchItemFailures`. */
export type ItemIdentifier = string | { readonly [field: string]: string | number };

/** How a batch source splits into records and names each record in `batchItemFailures`. */
export interface BatchSpec<TEvent, TRecord> {
  /** The class each record is transformed into and validated as in per-record mode. */
  readonly record: ClassType<TRecord>;
  /** The records of a (validated) event, in delivery order. */
  readonly records: (event: TEvent) => readonly TRecord[];
  /**
   * The `itemIdentifier` reported for a failed record: SQS messageId, stream sequence number, or an
   * object for sources that name a record by several fields (Kafka: partition and offset).
   */
  readonly itemIdentifier: (record: TRecord) => ItemIdentifier;
  /**
   * True when order matters (SQS FIFO): processing stops at the first failure and that record and
   * every later one are reported failed.
   * @default () => false
   */
  readonly ordered?: (event: TEvent) => boolean;
}

/** What the event type registry knows about one event class. */
export interface EventSourceSpec<TEvent = unknown, TRecord = unknown> {
  /** A short stable name, used in messages and by `lambdakit invoke --example <name>`: `sqs`. */
  readonly name: string;
  /** True when a raw (parsed JSON) event has this shape. Must never throw. */
  readonly detect: (event: unknown) => boolean;
  /**
   * Decides between several classes that detect the same event: the highest wins. A class whose
   * detector only refines another's (EventBridge `Scheduled Event` over any EventBridge event)
   * gets a higher number. Plain DTOs without a detector rank below every detected source.
   * @default 10
   */
  readonly specificity?: number;
  /** Present on batch sources (SQS, Kinesis, DynamoDB Streams, Kafka): enables `perRecord`. */
  readonly batch?: BatchSpec<TEvent, TRecord>;
}

const specs = new WeakMap<object, EventSourceSpec>();

/**
 * Registers a class as an AWS event source: how to recognise its events and, for batch sources,
 * how to split them into records.
 *
 * @example
 * ```ts
 * @EventSource<SqsEvent, SqsRecord>({
 *   name: 'sqs',
 *   detect: (e) => isRecord(e) && firstRecord(e)?.eventSource === 'aws:sqs',
 *   batch: { record: SqsRecord, records: (e) => e.Records, itemIdentifier: (r) => r.messageId },
 * })
 * export class SqsEvent { ... }
 * ```
 */
export function EventSource<TEvent, TRecord = unknown>(spec: EventSourceSpec<TEvent, TRecord>) {
  return (target: ClassType<TEvent>): void => {
    specs.set(target, spec as EventSourceSpec);
  };
}

/** The spec registered on a class by `@EventSource`, or undefined for a plain DTO. */
export function eventSourceOf(type: object): EventSourceSpec | undefined {
  return specs.get(type);
}
