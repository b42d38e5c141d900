import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';

/** `getObjectContext`: where to read the original object and how to answer (WriteGetObjectResponse). */
export class S3GetObjectContext {
  /** Presigned URL of the original object. */
  @IsString() inputS3Url!: string;
  @IsString() outputRoute!: string;
  @IsString() outputToken!: string;
}

/** `headObjectContext`, `listObjectsContext`, `listObjectsV2Context`: the presigned input URL. */
export class S3InputContext {
  @IsString() inputS3Url!: string;
}

/** The Object Lambda access point configuration. */
export class S3ObjectLambdaConfiguration {
  @IsString() accessPointArn!: string;
  @IsString() supportingAccessPointArn!: string;
  /** The access point's free-form payload (often JSON text). */
  @IsOptional() @IsString() payload?: string;
}

/** The caller's original request. */
export class S3ObjectLambdaUserRequest {
  @IsString() url!: string;
  @IsRecordOf(isString, 'a string') headers!: Record<string, string>;
}

/** `sessionContext.attributes` of temporary credentials. */
export class S3SessionAttributes {
  @IsString() mfaAuthenticated!: string;
  @IsString() creationDate!: string;
}

/** The role or user that issued temporary credentials. */
export class S3SessionIssuer {
  @IsString() type!: string;
  @IsString() principalId!: string;
  @IsString() arn!: string;
  @IsString() accountId!: string;
  @IsString() userName!: string;
}

/** `sessionContext` of a caller using temporary credentials. */
export class S3SessionContext {
  @IsObject() @ValidateNested() @Type(() => S3SessionAttributes) attributes!: S3SessionAttributes;
  @IsOptional() @ValidateNested() @Type(() => S3SessionIssuer) sessionIssuer?: S3SessionIssuer;
}

/** Who made the request (CloudTrail-style identity). */
export class S3ObjectLambdaUserIdentity {
  @IsString() type!: string;
  @IsString() principalId!: string;
  @IsString() arn!: string;
  @IsString() accountId!: string;
  @IsOptional() @IsString() accessKeyId?: string;
  @IsOptional() @IsString() invokedBy?: string;
  @IsOptional() @ValidateNested() @Type(() => S3SessionContext) sessionContext?: S3SessionContext;
}
