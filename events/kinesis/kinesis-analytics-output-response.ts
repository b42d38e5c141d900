import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsString, ValidateNested } from 'class-validator';

/** The delivery result of one output record. */
export class KinesisAnalyticsDeliveryResult {
  @IsString() recordId!: string;
  @IsIn(['Ok', 'DeliveryFailed']) result!: 'Ok' | 'DeliveryFailed';
}

/**
 * The response to a Kinesis Data Analytics output delivery: one result per record, `Ok` or
 * `DeliveryFailed` (the application retries those).
 *
 * @example
 * ```ts
 * return new KinesisAnalyticsOutputDeliveryResponse().ok(event.records[0]).failed(event.records[1]);
 * ```
 */
export class KinesisAnalyticsOutputDeliveryResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => KinesisAnalyticsDeliveryResult)
  records: KinesisAnalyticsDeliveryResult[] = [];

  /** Marks a record delivered. */
  ok(record: { recordId: string }): this {
    return this.add(record.recordId, 'Ok');
  }

  /** Marks a record as failed to deliver. */
  failed(record: { recordId: string }): this {
    return this.add(record.recordId, 'DeliveryFailed');
  }

  private add(recordId: string, result: 'Ok' | 'DeliveryFailed'): this {
    const entry = new KinesisAnalyticsDeliveryResult();
    entry.recordId = recordId;
    entry.result = result;
    this.records.push(entry);
    return this;
  }
}
