import '../support/metadata.js';
import { Equals } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';
import { KAFKA_BATCH, KafkaEventBase } from './kafka-event-base.js';
import type { KafkaRecord } from './kafka-record.js';

/** Detects a self-managed Apache Kafka event: `eventSource === 'SelfManagedKafka'` and `records`. */
export const isSelfManagedKafkaEvent = safely(
  (event) => isRecord(event) && event.eventSource === 'SelfManagedKafka' && isRecord(event.records),
);

/**
 * A batch of records from a self-managed Apache Kafka cluster (same records as `MskEvent`, no ARN).
 *
 * Not assignable to @types/aws-lambda's `SelfManagedKafkaEvent`: `key`/`value` are optional and
 * `timestampType` may be `NO_TIMESTAMP_TYPE` on the wire.
 *
 * @example
 * ```ts
 * @Handler(SelfManagedKafkaEvent)
 * onBatch(@Event() event: SelfManagedKafkaEvent) {
 *   return event.allRecords().map((r) => r.valueText());
 * }
 * ```
 */
@EventSource<SelfManagedKafkaEvent, KafkaRecord>({
  name: 'self-managed-kafka',
  detect: isSelfManagedKafkaEvent,
  batch: KAFKA_BATCH,
})
export class SelfManagedKafkaEvent extends KafkaEventBase {
  @Equals('SelfManagedKafka') eventSource!: 'SelfManagedKafka';
}
