import '../support/metadata.js';
import { Equals, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord } from '../support/guards.js';
import { KAFKA_BATCH, KafkaEventBase } from './kafka-event-base.js';
import type { KafkaRecord } from './kafka-record.js';

/** Detects an Amazon MSK event: `eventSource === 'aws:kafka'` and `records`. */
export const isMskEvent = safely(
  (event) => isRecord(event) && event.eventSource === 'aws:kafka' && isRecord(event.records),
);

/**
 * A batch of records from an Amazon MSK topic; a batch source for per-record mode, failures named
 * by topic-partition and offset. Not `implements MSKEvent`: key and value are optional here
 * (absent for null keys and values).
 *
 * @example
 * ```ts
 * @Handler(MskEvent)
 * async onBatch(@Event() event: MskEvent) {
 *   for (const record of event.allRecords()) await save(record.valueJson());
 * }
 * ```
 */
@EventSource<MskEvent, KafkaRecord>({ name: 'msk', detect: isMskEvent, batch: KAFKA_BATCH })
export class MskEvent extends KafkaEventBase {
  @Equals('aws:kafka') eventSource!: 'aws:kafka';
  @IsString() eventSourceArn!: string;
}
