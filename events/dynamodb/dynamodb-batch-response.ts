import type { DynamoDBBatchResponse } from 'aws-lambda';
import { BatchResponse } from '../support/batch-response.js';
import type { DynamoDbRecord } from './dynamodb-record.js';

/**
 * The partial batch response for DynamoDB Streams: the `SequenceNumber`s of failed records (Lambda
 * resumes from the lowest one).
 *
 * @example
 * ```ts
 * return DynamoDbBatchResponse.forRecords([failedRecord]);
 * ```
 */
export class DynamoDbBatchResponse extends BatchResponse implements DynamoDBBatchResponse {
  /** A response that fails exactly `records`. */
  static forRecords(records: Iterable<DynamoDbRecord>): DynamoDbBatchResponse {
    return new DynamoDbBatchResponse([...records].map((record) => record.dynamodb.SequenceNumber));
  }

  /** Adds a failed record by its `dynamodb.SequenceNumber`. */
  failRecord(record: DynamoDbRecord): this {
    return this.fail(record.dynamodb.SequenceNumber);
  }
}
