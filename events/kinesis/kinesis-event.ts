import '../support/metadata.js';
import type { KinesisStreamEvent as AwsKinesisStreamEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { type BatchSpec, EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { KinesisRecord } from './kinesis-record.js';

/** Detects a Kinesis Data Streams event: `Records[0].eventSource === 'aws:kinesis'`. */
export const isKinesisStreamEvent = safely((event) => firstRecordIs(event, 'eventSource', 'aws:kinesis'));

/** Batch semantics shared by Kinesis events: failures reported by `kinesis.sequenceNumber`. */
export const KINESIS_BATCH: BatchSpec<{ Records: KinesisRecord[] }, KinesisRecord> = {
  record: KinesisRecord,
  records: (event) => event.Records,
  itemIdentifier: (record) => record.kinesis.sequenceNumber,
};

/**
 * A batch of Kinesis Data Streams records. A batch source: failures are reported by
 * `kinesis.sequenceNumber` (Lambda checkpoints at the lowest one reported).
 *
 * @example
 * ```ts
 * @Handler(KinesisStreamEvent)
 * onBatch(@Event() event: KinesisStreamEvent) {
 *   return event.Records.map((r) => r.text());
 * }
 * ```
 */
@EventSource<KinesisStreamEvent, KinesisRecord>({
  name: 'kinesis',
  detect: isKinesisStreamEvent,
  batch: KINESIS_BATCH,
})
export class KinesisStreamEvent implements AwsKinesisStreamEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => KinesisRecord) Records!: KinesisRecord[];
}
