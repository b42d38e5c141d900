import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { IsRecordOf } from '../support/validators.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** `detail` of an `ECR Image Action` event (push, delete). */
export class EcrImageActionDetail {
  /** `SUCCESS` or `FAILURE`. */
  @IsString() result!: string;
  @IsString() 'repository-name'!: string;
  @IsString() 'image-digest'!: string;
  /** `PUSH` or `DELETE`. */
  @IsString() 'action-type'!: string;
  /** Absent for untagged images. */
  @IsOptional() @IsString() 'image-tag'?: string;
}

const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** `detail` of an `ECR Image Scan` event. */
export class EcrImageScanDetail {
  @IsString() 'scan-status'!: string;
  @IsString() 'repository-name'!: string;
  /** Findings per severity (`CRITICAL`, `HIGH`, …); absent when the scan failed. */
  @IsOptional() @IsRecordOf(isCount, 'a count') 'finding-severity-counts'?: Record<string, number>;
  @IsString() 'image-digest'!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) 'image-tags'?: string[];
}

/** Detects `aws.ecr` / `ECR Image Action`. */
export const isEcrImageActionEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.ecr', ['ECR Image Action']),
);
/** Detects `aws.ecr` / `ECR Image Scan`. */
export const isEcrImageScanEvent = safely((event) => isEventBridgeOf(event, 'aws.ecr', ['ECR Image Scan']));

/**
 * An image was pushed to (or deleted from) an ECR repository (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(EcrImageActionEvent)
 * onPush(@Event() e: EcrImageActionEvent) { return `${e.detail['repository-name']}:${e.detail['image-tag']}`; }
 * ```
 */
@EventSource<EcrImageActionEvent>({
  name: 'ecr-image-action',
  detect: isEcrImageActionEvent,
  specificity: 20,
})
export class EcrImageActionEvent extends EventBridgeEvent<EcrImageActionDetail, 'ECR Image Action'> {
  @IsString() override version!: string;
  @Equals('aws.ecr') override source!: 'aws.ecr';
  @Equals('ECR Image Action') override 'detail-type'!: 'ECR Image Action';
  @IsObject() @ValidateNested() @Type(() => EcrImageActionDetail) override detail!: EcrImageActionDetail;
}

/**
 * An ECR image scan finished (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(EcrImageScanEvent)
 * onScan(@Event() e: EcrImageScanEvent) { return e.detail['finding-severity-counts']?.CRITICAL ?? 0; }
 * ```
 */
@EventSource<EcrImageScanEvent>({ name: 'ecr-image-scan', detect: isEcrImageScanEvent, specificity: 20 })
export class EcrImageScanEvent extends EventBridgeEvent<EcrImageScanDetail, 'ECR Image Scan'> {
  @IsString() override version!: string;
  @Equals('aws.ecr') override source!: 'aws.ecr';
  @Equals('ECR Image Scan') override 'detail-type'!: 'ECR Image Scan';
  @IsObject() @ValidateNested() @Type(() => EcrImageScanDetail) override detail!: EcrImageScanDetail;
}
