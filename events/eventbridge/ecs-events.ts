import '../support/metadata.js';
import { Type } from 'class-transformer';
import {
  Equals,
  IsArray,
  IsBoolean,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** A container instance attribute (capability). */
export class EcsAttribute {
  @IsString() name!: string;
  @IsOptional() @IsString() value?: string;
}

/** A registered or remaining resource (`CPU`, `MEMORY`, `PORTS`, …). */
export class EcsResource {
  @IsString() name!: string;
  /** `INTEGER`, `DOUBLE`, `LONG` or `STRINGSET`: says which value field is set. */
  @IsString() type!: string;
  @IsOptional() @IsNumber() integerValue?: number;
  @IsOptional() @IsNumber() doubleValue?: number;
  @IsOptional() @IsNumber() longValue?: number;
  @IsOptional() @IsArray() @IsString({ each: true }) stringSetValue?: string[];
}

/** Agent and Docker versions of the instance. */
export class EcsVersionInfo {
  @IsOptional() @IsString() agentHash?: string;
  @IsOptional() @IsString() agentVersion?: string;
  @IsOptional() @IsString() dockerVersion?: string;
}

/** `detail` of an `ECS Container Instance State Change` event. */
export class EcsContainerInstanceDetail {
  @IsBoolean() agentConnected!: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => EcsAttribute) attributes!: EcsAttribute[];
  @IsString() clusterArn!: string;
  @IsString() containerInstanceArn!: string;
  @IsOptional() @IsString() ec2InstanceId?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => EcsResource) registeredResources!: EcsResource[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => EcsResource) remainingResources!: EcsResource[];
  /** `ACTIVE`, `DRAINING`, `REGISTERING`, … */
  @IsString() status!: string;
  @IsNumber() version!: number;
  @IsObject() @ValidateNested() @Type(() => EcsVersionInfo) versionInfo!: EcsVersionInfo;
  @IsString() updatedAt!: string;
}

/** Detects `aws.ecs` / `ECS Container Instance State Change`. */
export const isEcsContainerInstanceStateChangeEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.ecs', ['ECS Container Instance State Change']),
);

/**
 * An ECS container instance changed state (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(EcsContainerInstanceStateChangeEvent)
 * onInstance(@Event() e: EcsContainerInstanceStateChangeEvent) { return e.detail.status; }
 * ```
 */
@EventSource<EcsContainerInstanceStateChangeEvent>({
  name: 'ecs-container-instance-state-change',
  detect: isEcsContainerInstanceStateChangeEvent,
  specificity: 20,
})
export class EcsContainerInstanceStateChangeEvent extends EventBridgeEvent<
  EcsContainerInstanceDetail,
  'ECS Container Instance State Change'
> {
  @IsString() override version!: string;
  @Equals('aws.ecs') override source!: 'aws.ecs';
  @Equals('ECS Container Instance State Change')
  override 'detail-type'!: 'ECS Container Instance State Change';
  @IsObject()
  @ValidateNested()
  @Type(() => EcsContainerInstanceDetail)
  override detail!: EcsContainerInstanceDetail;
}
