import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { Base64Payload } from '../support/base64-payload.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** Delivery metadata: how many times delivery of this record has been retried. */
export class KinesisAnalyticsDeliveryMetadata {
  @IsNumber() retryHint!: number;
}

/** One output record of a Kinesis Data Analytics application. */
export class KinesisAnalyticsOutputRecord extends Base64Payload {
  protected get dataField(): string {
    return 'KinesisAnalyticsOutputRecord.data';
  }

  @IsString() recordId!: string;
  @IsOptional()
  @ValidateNested()
  @Type(() => KinesisAnalyticsDeliveryMetadata)
  lambdaDeliveryRecordMetadata?: KinesisAnalyticsDeliveryMetadata;
  /** Base64 of the output row. */
  @IsString() data!: string;
}

/** Detects a Kinesis Data Analytics output delivery: `invocationId`, `applicationArn`, `records`. */
export const isKinesisAnalyticsOutputDeliveryEvent = safely(
  (event) =>
    isRecord(event) &&
    isString(event.invocationId) &&
    isString(event.applicationArn) &&
    Array.isArray(event.records),
);

/**
 * A Kinesis Data Analytics (SQL) application delivering output rows to a Lambda destination.
 * Answer with `KinesisAnalyticsOutputDeliveryResponse`.
 *
 * @example
 * ```ts
 * @Handler(KinesisAnalyticsOutputDeliveryEvent)
 * deliver(@Event() e: KinesisAnalyticsOutputDeliveryEvent) {
 *   const response = new KinesisAnalyticsOutputDeliveryResponse();
 *   for (const r of e.records) response.ok(r);
 *   return response;
 * }
 * ```
 */
@EventSource<KinesisAnalyticsOutputDeliveryEvent>({
  name: 'kinesis-analytics-output',
  detect: isKinesisAnalyticsOutputDeliveryEvent,
})
export class KinesisAnalyticsOutputDeliveryEvent {
  @IsString() invocationId!: string;
  @IsString() applicationArn!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => KinesisAnalyticsOutputRecord)
  records!: KinesisAnalyticsOutputRecord[];
}
