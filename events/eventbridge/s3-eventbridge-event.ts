import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** The `detail-type`s S3 sends to EventBridge. */
export const S3_EVENTBRIDGE_TYPES = [
  'Object Created',
  'Object Deleted',
  'Object Restore Initiated',
  'Object Restore Completed',
  'Object Restore Expired',
  'Object Tags Added',
  'Object Tags Deleted',
  'Object ACL Updated',
  'Object Storage Class Changed',
  'Object Access Tier Changed',
] as const;

/** The bucket of an S3 EventBridge event. */
export class S3EventBridgeBucket {
  @IsString() name!: string;
}

/** The object of an S3 EventBridge event; which fields are present depends on the event type. */
export class S3EventBridgeObject {
  @IsString() key!: string;
  @IsOptional() @IsNumber() size?: number;
  @IsOptional() @IsString() etag?: string;
  @IsOptional() @IsString() 'version-id'?: string;
  @IsOptional() @IsString() sequencer?: string;
}

/** `detail` of an S3 event delivered through EventBridge. */
export class S3EventBridgeDetail {
  @IsString() version!: string;
  @IsObject() @ValidateNested() @Type(() => S3EventBridgeBucket) bucket!: S3EventBridgeBucket;
  @IsObject() @ValidateNested() @Type(() => S3EventBridgeObject) object!: S3EventBridgeObject;
  @IsString() 'request-id'!: string;
  @IsString() requester!: string;
  @IsOptional() @IsString() 'source-ip-address'?: string;
  /** `PutObject`, `CopyObject`, `CompleteMultipartUpload`, `DeleteObject`, `Lifecycle Expiration`, … */
  @IsOptional() @IsString() reason?: string;
  @IsOptional() @IsString() 'deletion-type'?: string;
  @IsOptional() @IsString() 'restore-expiry-time'?: string;
  @IsOptional() @IsString() 'source-storage-class'?: string;
  @IsOptional() @IsString() 'destination-storage-class'?: string;
  @IsOptional() @IsString() 'destination-access-tier'?: string;
}

/** Detects an S3 event delivered through EventBridge (`source: aws.s3`). */
export const isS3EventBridgeEvent = safely((event) => isEventBridgeOf(event, 'aws.s3', S3_EVENTBRIDGE_TYPES));

type S3EventBridgeType = (typeof S3_EVENTBRIDGE_TYPES)[number];

/**
 * An S3 bucket event delivered through EventBridge (bucket setting "Send notifications to
 * EventBridge"), as opposed to a direct notification (`S3Event`). The object key is used as sent.
 *
 * Not assignable to @types/aws-lambda's `S3NotificationEvent`, a union discriminated by `detail-
 * type`: one class covers every S3 `detail-type` with one detail shape.
 *
 * @example
 * ```ts
 * @Handler(S3EventBridgeEvent)
 * onObject(@Event() e: S3EventBridgeEvent) {
 *   if (e['detail-type'] === 'Object Created') return `${e.detail.bucket.name}/${e.detail.object.key}`;
 * }
 * ```
 */
@EventSource<S3EventBridgeEvent>({ name: 's3-eventbridge', detect: isS3EventBridgeEvent, specificity: 20 })
export class S3EventBridgeEvent extends EventBridgeEvent<S3EventBridgeDetail, S3EventBridgeType> {
  @IsString() override version!: string;
  @Equals('aws.s3') override source!: 'aws.s3';
  @IsIn(S3_EVENTBRIDGE_TYPES) override 'detail-type'!: S3EventBridgeType;
  @IsObject() @ValidateNested() @Type(() => S3EventBridgeDetail) override detail!: S3EventBridgeDetail;
}
