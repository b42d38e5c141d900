import '../support/metadata.js';
import type { SQSEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import { SqsRecord } from './sqs-record.js';

/** Detects an SQS event: `Records[0].eventSource === 'aws:sqs'`. */
export const isSqsEvent = safely((event) => firstRecordIs(event, 'eventSource', 'aws:sqs'));

/**
 * True when a record of the (raw, not yet validated) event comes from a FIFO queue; a record
 * without an ARN says nothing and fails on its own when it is validated.
 */
function fromFifoQueue(event: unknown): boolean {
  const records: unknown = isRecord(event) ? event.Records : undefined;
  return (
    Array.isArray(records) &&
    records.some(
      (record) =>
        isRecord(record) && isString(record.eventSourceARN) && record.eventSourceARN.endsWith('.fifo'),
    )
  );
}

/**
 * A batch of SQS messages. A batch source: with `perRecord: true` each `SqsRecord` is handled on its
 * own and failures are reported by `messageId`; on FIFO queues (ARN ending `.fifo`) the first failure
 * fails that record and every later one, to keep the order.
 *
 * @example
 * ```ts
 * @Handler(SqsEvent)
 * async onBatch(@Event() event: SqsEvent) {
 *   for (const record of event.Records) console.log(record.messageId, record.json());
 * }
 * ```
 */
@EventSource<SqsEvent, SqsRecord>({
  name: 'sqs',
  detect: isSqsEvent,
  batch: {
    record: SqsRecord,
    records: (event) => event.Records,
    itemIdentifier: (record) => record.messageId,
    ordered: fromFifoQueue,
  },
})
export class SqsEvent implements SQSEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SqsRecord) Records!: SqsRecord[];
}
