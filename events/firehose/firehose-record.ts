import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Base64Payload } from '../support/base64-payload.js';

/**
 * Source metadata when the delivery stream reads from a Kinesis data stream. `subsequenceNumber`
 * is a number on the wire (@types/aws-lambda types it as a string).
 */
export class FirehoseKinesisMetadata {
  @IsString() shardId!: string;
  @IsString() partitionKey!: string;
  @IsNumber() approximateArrivalTimestamp!: number;
  @IsString() sequenceNumber!: string;
  @IsNumber() subsequenceNumber!: number;
}

/**
 * One record to transform. The decoders throw EventDecodeError on bad base64, UTF-8 or JSON.
 *
 * @example
 * ```ts
 * const line = record.text();
 * ```
 */
export class FirehoseRecord extends Base64Payload {
  protected get dataField(): string {
    return 'FirehoseRecord.data';
  }

  @IsString() recordId!: string;
  /** Epoch milliseconds. */
  @IsNumber() approximateArrivalTimestamp!: number;
  /** Base64 of the record bytes. */
  @IsString() data!: string;
  @IsOptional()
  @ValidateNested()
  @Type(() => FirehoseKinesisMetadata)
  kinesisRecordMetadata?: FirehoseKinesisMetadata;
}
