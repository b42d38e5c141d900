import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { decodeS3Key } from '../support/codec.js';

/** A principal as S3 notifications name it. */
export class S3Principal {
  @IsString() principalId!: string;
}

/** The bucket of an S3 notification. */
export class S3Bucket {
  @IsString() name!: string;
  @IsObject() @ValidateNested() @Type(() => S3Principal) ownerIdentity!: S3Principal;
  @IsString() arn!: string;
}

/**
 * The object of an S3 notification. `key` is URL-encoded as S3 sends it; `decodedKey()` gives the
 * real key. `size` and `eTag` are absent on `ObjectRemoved` events.
 *
 * @example
 * ```ts
 * const key = record.s3.object.decodedKey(); // "Happy Face.jpg" for "Happy%20Face.jpg"
 * ```
 */
export class S3Object {
  @IsString() key!: string;
  @IsOptional() @IsNumber() size?: number;
  @IsOptional() @IsString() eTag?: string;
  @IsOptional() @IsString() versionId?: string;
  @IsString() sequencer!: string;

  /**
   * The object key with `+` turned into spaces and percent-escapes decoded.
   * @throws EventDecodeError (`Runtime.EventDecodeError`, step `url`) on broken percent-encoding.
   */
  decodedKey(): string {
    return decodeS3Key(this.key, 'S3Object.key');
  }
}

/** The `s3` part of an S3 notification record. */
export class S3Entity {
  @IsString() s3SchemaVersion!: string;
  @IsString() configurationId!: string;
  @IsObject() @ValidateNested() @Type(() => S3Bucket) bucket!: S3Bucket;
  @IsObject() @ValidateNested() @Type(() => S3Object) object!: S3Object;
}
