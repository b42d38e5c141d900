import '../support/metadata.js';
import type {
  FirehoseRecordTransformationStatus,
  FirehoseTransformationResult,
  FirehoseTransformationResultRecord,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';

const STATUSES: readonly FirehoseRecordTransformationStatus[] = ['Ok', 'Dropped', 'ProcessingFailed'];

/** Where an Apache Iceberg destination should route the record. */
export class FirehoseOtfMetadata {
  @IsString() destinationTableName!: string;
  @IsString() destinationDatabaseName!: string;
  /** `insert`, `update` or `delete`. */
  @IsString() operation!: string;
}

/** Dynamic-partitioning keys (and Iceberg routing) of a transformed record. */
export class FirehoseResultMetadata {
  @IsRecordOf(isString, 'a string') partitionKeys!: Record<string, string>;
  @IsOptional() @ValidateNested() @Type(() => FirehoseOtfMetadata) otfMetadata?: FirehoseOtfMetadata;
}

/** The transformation result of one record. */
export class FirehoseResultRecord implements FirehoseTransformationResultRecord {
  @IsString() recordId!: string;
  @IsIn(STATUSES) result!: FirehoseRecordTransformationStatus;
  /** Base64 of the transformed bytes. */
  @IsOptional() @IsString() data?: string;
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FirehoseResultMetadata)
  metadata?: FirehoseResultMetadata;
}

/** Options of `FirehoseTransformationResponse.ok`. */
export interface FirehoseOkOptions {
  /**
   * Dynamic partitioning keys for the record.
   * @default undefined (no metadata)
   */
  readonly partitionKeys?: Record<string, string>;
}

type InputRecord = { recordId: string; data: string };

/**
 * The response to a Firehose transformation: every input record must appear once, as `Ok` (with
 * the new data), `Dropped` or `ProcessingFailed` (sent to the error output).
 *
 * @example
 * ```ts
 * const response = new FirehoseTransformationResponse();
 * response.ok(event.records[0], '{"n":1}\n').dropped(event.records[1]).failed(event.records[2]);
 * return response;
 * ```
 */
export class FirehoseTransformationResponse implements FirehoseTransformationResult {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FirehoseResultRecord)
  records: FirehoseResultRecord[] = [];

  /**
   * The record transformed: `data` is the new payload (a string is encoded as UTF-8); without it the
   * original data passes through.
   */
  ok(record: InputRecord, data?: Uint8Array | string, options: FirehoseOkOptions = {}): this {
    const encoded = data === undefined ? record.data : Buffer.from(data).toString('base64');
    const entry = this.add(record.recordId, 'Ok', encoded);
    if (options.partitionKeys) {
      const metadata = new FirehoseResultMetadata();
      metadata.partitionKeys = { ...options.partitionKeys };
      entry.metadata = metadata;
    }
    return this;
  }

  /** The record is intentionally discarded. */
  dropped(record: InputRecord): this {
    this.add(record.recordId, 'Dropped', record.data);
    return this;
  }

  /** The record could not be transformed; Firehose sends its original data to the error output. */
  failed(record: InputRecord): this {
    this.add(record.recordId, 'ProcessingFailed', record.data);
    return this;
  }

  private add(
    recordId: string,
    result: FirehoseRecordTransformationStatus,
    data: string,
  ): FirehoseResultRecord {
    const entry = new FirehoseResultRecord();
    entry.recordId = recordId;
    entry.result = result;
    entry.data = data;
    this.records.push(entry);
    return entry;
  }
}
