import '../support/metadata.js';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { type BatchSpec, EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { DynamoDbRecord } from './dynamodb-record.js';

/** Detects a DynamoDB Streams event: `Records[0].eventSource === 'aws:dynamodb'`. */
export const isDynamoDbStreamEvent = safely((event) => firstRecordIs(event, 'eventSource', 'aws:dynamodb'));

/** Batch semantics shared by DynamoDB stream events: failures reported by `dynamodb.SequenceNumber`. */
export const DYNAMODB_BATCH: BatchSpec<{ Records: DynamoDbRecord[] }, DynamoDbRecord> = {
  record: DynamoDbRecord,
  records: (event) => event.Records,
  itemIdentifier: (record) => record.dynamodb.SequenceNumber,
};

/**
 * A batch of DynamoDB Streams changes. A batch source: failures are reported by
 * `dynamodb.SequenceNumber` (Lambda checkpoints at the lowest one reported).
 *
 * @example
 * ```ts
 * @Handler(DynamoDbStreamEvent)
 * onChanges(@Event() event: DynamoDbStreamEvent) {
 *   return event.Records.map((r) => r.keys());
 * }
 * ```
 */
@EventSource<DynamoDbStreamEvent, DynamoDbRecord>({
  name: 'dynamodb',
  detect: isDynamoDbStreamEvent,
  batch: DYNAMODB_BATCH,
})
export class DynamoDbStreamEvent implements DynamoDBStreamEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DynamoDbRecord) Records!: DynamoDbRecord[];
}
