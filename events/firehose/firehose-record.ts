import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64 } from '../support/codec.js';

const FIELD = 'FirehoseRecord.data';

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
export class FirehoseRecord {
  @IsString() recordId!: string;
  /** Epoch milliseconds. */
  @IsNumber() approximateArrivalTimestamp!: number;
  /** Base64 of the record bytes. */
  @IsString() data!: string;
  @IsOptional()
  @ValidateNested()
  @Type(() => FirehoseKinesisMetadata)
  kinesisRecordMetadata?: FirehoseKinesisMetadata;

  /** The record's bytes. */
  bytes(): Buffer {
    return decodeBase64(this.data, FIELD);
  }

  /** The record as UTF-8 text. */
  text(): string {
    return base64Text(this.data, FIELD);
  }

  /** The record parsed as JSON. */
  json(): unknown {
    return base64Json(this.data, FIELD);
  }

  /** The record's JSON validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.data, FIELD, options);
  }
}
