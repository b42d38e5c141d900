import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

/** Restore details of `ObjectRestore:*` events. */
export class S3RestoreEventData {
  @IsString() lifecycleRestorationExpiryTime!: string;
  @IsString() lifecycleRestoreStorageClass!: string;
}

/** `glacierEventData` of `ObjectRestore:*` events. */
export class S3GlacierEventData {
  @IsObject() @ValidateNested() @Type(() => S3RestoreEventData) restoreEventData!: S3RestoreEventData;
}

/** `replicationEventData` of `Replication:*` events. */
export class S3ReplicationEventData {
  @IsString() replicationRuleId!: string;
  @IsString() destinationBucket!: string;
  @IsString() s3Operation!: string;
  @IsString() requestTime!: string;
  @IsOptional() @IsString() failureReason?: string;
}

/** `intelligentTieringEventData` of `IntelligentTiering` events. */
export class S3IntelligentTieringEventData {
  @IsString() destinationAccessTier!: string;
}

/** `transitionEventData` of `LifecycleTransition` events. */
export class S3TransitionEventData {
  @IsString() destinationStorageClass!: string;
}

/** `lifecycleEventData` of `LifecycleTransition` events. */
export class S3LifecycleEventData {
  @IsObject()
  @ValidateNested()
  @Type(() => S3TransitionEventData)
  transitionEventData!: S3TransitionEventData;
}
