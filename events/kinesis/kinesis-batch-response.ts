import type { KinesisStreamBatchResponse } from 'aws-lambda';
import { BatchResponse } from '../support/batch-response.js';
import type { KinesisRecord } from './kinesis-record.js';

/**
 * The partial batch response for Kinesis Data Streams: the `sequenceNumber`s of failed records
 * (Lambda resumes from the lowest one).
 *
 * @example
 * ```ts
 * return KinesisBatchResponse.forRecords([failedRecord]);
 * ```
 */
export class KinesisBatchResponse extends BatchResponse implements KinesisStreamBatchResponse {
  /** A response that fails exactly `records`. */
  static forRecords(records: Iterable<KinesisRecord>): KinesisBatchResponse {
    return new KinesisBatchResponse([...records].map((record) => record.kinesis.sequenceNumber));
  }

  /** Adds a failed record by its `kinesis.sequenceNumber`. */
  failRecord(record: KinesisRecord): this {
    return this.fail(record.kinesis.sequenceNumber);
  }
}
