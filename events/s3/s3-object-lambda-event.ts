import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import {
  S3GetObjectContext,
  S3InputContext,
  S3ObjectLambdaConfiguration,
  S3ObjectLambdaUserIdentity,
  S3ObjectLambdaUserRequest,
} from './s3-object-lambda-parts.js';

const CONTEXTS = ['getObjectContext', 'headObjectContext', 'listObjectsContext', 'listObjectsV2Context'];

/** Detects an S3 Object Lambda request: `xAmzRequestId`, `configuration`, and an operation context. */
export const isS3ObjectLambdaEvent = safely(
  (event) =>
    isRecord(event) &&
    isString(event.xAmzRequestId) &&
    isRecord(event.configuration) &&
    isRecord(event.userRequest) &&
    CONTEXTS.some((key) => isRecord(event[key])),
);

/**
 * A request through an S3 Object Lambda access point. Exactly one of the operation contexts is set
 * (GetObject, HeadObject, ListObjects, ListObjectsV2); `operation` says which.
 *
 * @example
 * ```ts
 * @Handler(S3ObjectLambdaEvent)
 * async transform(@Event() event: S3ObjectLambdaEvent) {
 *   if (event.getObjectContext) {
 *     const original = await fetch(event.getObjectContext.inputS3Url);
 *     // …then call WriteGetObjectResponse with outputRoute / outputToken
 *   }
 * }
 * ```
 */
@EventSource<S3ObjectLambdaEvent>({ name: 's3-object-lambda', detect: isS3ObjectLambdaEvent })
export class S3ObjectLambdaEvent {
  @IsString() xAmzRequestId!: string;
  @IsOptional() @ValidateNested() @Type(() => S3GetObjectContext) getObjectContext?: S3GetObjectContext;
  @IsOptional() @ValidateNested() @Type(() => S3InputContext) headObjectContext?: S3InputContext;
  @IsOptional() @ValidateNested() @Type(() => S3InputContext) listObjectsContext?: S3InputContext;
  @IsOptional() @ValidateNested() @Type(() => S3InputContext) listObjectsV2Context?: S3InputContext;
  @IsObject()
  @ValidateNested()
  @Type(() => S3ObjectLambdaConfiguration)
  configuration!: S3ObjectLambdaConfiguration;
  @IsObject()
  @ValidateNested()
  @Type(() => S3ObjectLambdaUserRequest)
  userRequest!: S3ObjectLambdaUserRequest;
  @IsObject()
  @ValidateNested()
  @Type(() => S3ObjectLambdaUserIdentity)
  userIdentity!: S3ObjectLambdaUserIdentity;
  @IsString() protocolVersion!: string;

  /** Which operation the caller made, from the context that is present. */
  get operation(): 'GetObject' | 'HeadObject' | 'ListObjects' | 'ListObjectsV2' | undefined {
    if (this.getObjectContext) return 'GetObject';
    if (this.headObjectContext) return 'HeadObject';
    if (this.listObjectsContext) return 'ListObjects';
    if (this.listObjectsV2Context) return 'ListObjectsV2';
    return undefined;
  }
}
