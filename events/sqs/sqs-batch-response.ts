import type { SQSBatchResponse } from 'aws-lambda';
import { BatchResponse } from '../support/batch-response.js';
import type { SqsRecord } from './sqs-record.js';

/**
 * The partial batch response for SQS (`ReportBatchItemFailures`): the `messageId`s to retry.
 *
 * @example
 * ```ts
 * const failed = event.Records.filter((r) => !process(r));
 * return SqsBatchResponse.forRecords(failed);
 * ```
 */
export class SqsBatchResponse extends BatchResponse implements SQSBatchResponse {
  /** A response that fails exactly `records`. */
  static forRecords(records: Iterable<SqsRecord>): SqsBatchResponse {
    return new SqsBatchResponse([...records].map((record) => record.messageId));
  }

  /** Adds a failed record by its `messageId`. */
  failRecord(record: SqsRecord): this {
    return this.fail(record.messageId);
  }
}
