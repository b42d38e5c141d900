import '../support/metadata.js';
import { IsString } from 'class-validator';
import type { BatchSpec } from '../../decorators/event-source.js';
import { NestedRecord } from '../support/nested-record.js';
import { kafkaItemIdentifier } from './kafka-batch-response.js';
import { KafkaRecord } from './kafka-record.js';

/** What MSK and self-managed Kafka events share: the brokers and the records by topic-partition. */
export abstract class KafkaEventBase {
  @IsString() bootstrapServers!: string;
  /** Records keyed by `topic-partition` (`orders-0`), each list in offset order. */
  @NestedRecord(() => KafkaRecord, { arrays: true }) records!: Record<string, KafkaRecord[]>;

  /** Every record of the batch, partition by partition, in offset order within each. */
  allRecords(): KafkaRecord[] {
    return Object.values(this.records).flat();
  }
}

/**
 * Per-record mode for Kafka (`@Handler(MskEvent, { perRecord: true })`): records partition by
 * partition, each failure named by its topic-partition and offset.
 */
export const KAFKA_BATCH: BatchSpec<KafkaEventBase, KafkaRecord> = {
  record: KafkaRecord,
  records: (event) => Object.values(event.records).flat(),
  itemIdentifier: kafkaItemIdentifier,
};
