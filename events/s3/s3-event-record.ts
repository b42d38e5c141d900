import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { S3Entity, S3Principal } from './s3-entity.js';
import {
  S3GlacierEventData,
  S3IntelligentTieringEventData,
  S3LifecycleEventData,
  S3ReplicationEventData,
  S3RestoreEventData,
} from './s3-event-data.js';

/** `requestParameters` of an S3 notification. */
export class S3RequestParameters {
  @IsString() sourceIPAddress!: string;
}

/** `responseElements` of an S3 notification. */
export class S3ResponseElements {
  @IsString() 'x-amz-request-id'!: string;
  @IsString() 'x-amz-id-2'!: string;
}

/**
 * One S3 event notification record (object created, removed, restored, replicated, transitioned…).
 *
 * @example
 * ```ts
 * for (const record of event.Records) {
 *   console.log(record.eventName, record.s3.bucket.name, record.objectKey());
 * }
 * ```
 */
export class S3EventRecord {
  @IsString() eventVersion!: string;
  @Equals('aws:s3') eventSource!: string;
  @IsString() awsRegion!: string;
  @IsString() eventTime!: string;
  @IsString() eventName!: string;
  @IsObject() @ValidateNested() @Type(() => S3Principal) userIdentity!: S3Principal;
  @IsObject() @ValidateNested() @Type(() => S3RequestParameters) requestParameters!: S3RequestParameters;
  @IsObject() @ValidateNested() @Type(() => S3ResponseElements) responseElements!: S3ResponseElements;
  @IsObject() @ValidateNested() @Type(() => S3Entity) s3!: S3Entity;
  @IsOptional() @ValidateNested() @Type(() => S3GlacierEventData) glacierEventData?: S3GlacierEventData;
  /** Seen at the top level in some restore samples (AWS documents it under `glacierEventData`). */
  @IsOptional() @ValidateNested() @Type(() => S3RestoreEventData) restoreEventData?: S3RestoreEventData;
  @IsOptional()
  @ValidateNested()
  @Type(() => S3ReplicationEventData)
  replicationEventData?: S3ReplicationEventData;
  @IsOptional()
  @ValidateNested()
  @Type(() => S3IntelligentTieringEventData)
  intelligentTieringEventData?: S3IntelligentTieringEventData;
  @IsOptional() @ValidateNested() @Type(() => S3LifecycleEventData) lifecycleEventData?: S3LifecycleEventData;

  /** The real object key (URL-decoded). Throws EventDecodeError on broken percent-encoding. */
  objectKey(): string {
    return this.s3.object.decodedKey();
  }
}
