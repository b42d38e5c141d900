import { BatchResponse } from '../support/batch-response.js';
import type { KafkaRecord } from './kafka-record.js';

/** How a Kafka partial batch response names a record: its topic-partition and offset. */
export type KafkaItemIdentifier = {
  readonly 'topic-partition': string;
  readonly offset: number;
};

/**
 * The partial batch response for MSK and self-managed Kafka (`ReportBatchItemFailures` on a
 * provisioned-mode event source mapping): each failure names `topic-partition` and `offset`.
 *
 * @example
 * ```ts
 * return KafkaBatchResponse.forRecords([failedRecord]);
 * // { "batchItemFailures": [{ "itemIdentifier": { "topic-partition": "orders-0", "offset": 15 } }] }
 * ```
 */
export class KafkaBatchResponse extends BatchResponse<KafkaItemIdentifier> {
  /** A response that fails exactly `records`. */
  static forRecords(records: Iterable<KafkaRecord>): KafkaBatchResponse {
    return new KafkaBatchResponse([...records].map(kafkaItemIdentifier));
  }

  /** Adds a failed record. */
  failRecord(record: KafkaRecord): this {
    return this.fail(kafkaItemIdentifier(record));
  }
}

/** The identifier of `record` in a Kafka partial batch response. */
export function kafkaItemIdentifier(record: KafkaRecord): KafkaItemIdentifier {
  return { 'topic-partition': `${record.topic}-${record.partition}`, offset: record.offset };
}
