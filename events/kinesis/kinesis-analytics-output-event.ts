import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../../src/dispatch/guards.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64 } from '../support/codec.js';
import { safely } from '../support/detect.js';

const FIELD = 'KinesisAnalyticsOutputRecord.data';

/** Delivery metadata: how many times delivery of this record has been retried. */
export class KinesisAnalyticsDeliveryMetadata {
  @IsNumber() retryHint!: number;
}

/** One output record of a Kinesis Data Analytics application. */
export class KinesisAnalyticsOutputRecord {
  @IsString() recordId!: string;
  @IsOptional()
  @ValidateNested()
  @Type(() => KinesisAnalyticsDeliveryMetadata)
  lambdaDeliveryRecordMetadata?: KinesisAnalyticsDeliveryMetadata;
  /** Base64 of the output row. */
  @IsString() data!: string;

  /** The row's bytes. Throws EventDecodeError. */
  bytes(): Buffer {
    return decodeBase64(this.data, FIELD);
  }

  /** The row as UTF-8 text. Throws EventDecodeError. */
  text(): string {
    return base64Text(this.data, FIELD);
  }

  /** The row parsed as JSON. Throws EventDecodeError. */
  json(): unknown {
    return base64Json(this.data, FIELD);
  }

  /** The row validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.data, FIELD, options);
  }
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
