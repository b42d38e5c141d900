import '../support/metadata.js';
import type { SQSEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { SqsRecord } from './sqs-record.js';

/** Detects an SQS event: `Records[0].eventSource === 'aws:sqs'`. */
export const isSqsEvent = safely((event) => firstRecordIs(event, 'eventSource', 'aws:sqs'));

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
    ordered: (event) => event.Records.some((record) => record.eventSourceARN.endsWith('.fifo')),
  },
})
export class SqsEvent implements SQSEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SqsRecord) Records!: SqsRecord[];
}
