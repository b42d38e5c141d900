import '../support/metadata.js';
import type { KinesisStreamRecord, KinesisStreamRecordPayload } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ClassType } from '../../decorators/class-type.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { base64Json, base64JsonAs, base64Text, decodeBase64 } from '../support/codec.js';

const FIELD = 'KinesisRecord.kinesis.data';

/** The Kinesis part of a record: partition key, sequence number and the base64 `data`. */
export class KinesisPayload implements KinesisStreamRecordPayload {
  @IsString() kinesisSchemaVersion!: string;
  @IsString() partitionKey!: string;
  @IsString() sequenceNumber!: string;
  /** Base64 of the record bytes. */
  @IsString() data!: string;
  /** Epoch seconds with a fraction. */
  @IsNumber() approximateArrivalTimestamp!: number;
  /** `KMS` when the stream is encrypted server-side. */
  @IsOptional() @IsString() encryptionType?: string;
}

/**
 * One record of a Kinesis Data Streams batch; in `perRecord` handlers, the record a method receives.
 * The decoders throw EventDecodeError (`Runtime.EventDecodeError`) on bad base64, UTF-8 or JSON.
 *
 * @example
 * ```ts
 * @Handler(KinesisStreamEvent, { perRecord: true })
 * async onRecord(@Record() record: KinesisRecord) {
 *   const click = await record.parseData(ClickEvent);
 * }
 * ```
 */
export class KinesisRecord implements KinesisStreamRecord {
  @IsString() awsRegion!: string;
  @IsString() eventID!: string;
  @IsString() eventName!: string;
  @Equals('aws:kinesis') eventSource!: string;
  @IsString() eventSourceARN!: string;
  @IsString() eventVersion!: string;
  @IsString() invokeIdentityArn!: string;
  @IsObject() @ValidateNested() @Type(() => KinesisPayload) kinesis!: KinesisPayload;

  /** The record's bytes. */
  bytes(): Buffer {
    return decodeBase64(this.kinesis.data, FIELD);
  }

  /** The record's bytes as UTF-8 text. */
  text(): string {
    return base64Text(this.kinesis.data, FIELD);
  }

  /** The record's bytes parsed as JSON. */
  json(): unknown {
    return base64Json(this.kinesis.data, FIELD);
  }

  /** The record's JSON validated as `type`; rejects with EventDecodeError or EventValidationError. */
  parseData<T extends object>(type: ClassType<T>, options?: ValidationOptions): Promise<T> {
    return base64JsonAs(type, this.kinesis.data, FIELD, options);
  }
}
