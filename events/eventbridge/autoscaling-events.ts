import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** The four `detail-type`s of Auto Scaling activity results. */
export const AUTO_SCALING_ACTIVITY_TYPES = [
  'EC2 Instance Launch Successful',
  'EC2 Instance Launch Unsuccessful',
  'EC2 Instance Terminate Successful',
  'EC2 Instance Terminate Unsuccessful',
] as const;

/** The two `detail-type`s of Auto Scaling lifecycle hooks. */
export const AUTO_SCALING_LIFECYCLE_TYPES = [
  'EC2 Instance-launch Lifecycle Action',
  'EC2 Instance-terminate Lifecycle Action',
] as const;

/** `detail` of an Auto Scaling launch/terminate (un)successful event. */
export class AutoScalingActivityDetail {
  /** `InProgress`, `Successful`, `Failed`, … */
  @IsString() StatusCode!: string;
  @IsOptional() @IsString() Description?: string;
  @IsString() AutoScalingGroupName!: string;
  @IsString() ActivityId!: string;
  /** Free-form details such as `Availability Zone` and `Subnet ID`. */
  @IsRecordOf(isString, 'a string') Details!: Record<string, string>;
  @IsString() RequestId!: string;
  @IsString() StatusMessage!: string;
  @IsString() EndTime!: string;
  @IsString() EC2InstanceId!: string;
  @IsString() StartTime!: string;
  @IsString() Cause!: string;
}

/** `detail` of an Auto Scaling lifecycle action (a lifecycle hook waiting for the function). */
export class AutoScalingLifecycleDetail {
  @IsString() LifecycleActionToken!: string;
  @IsString() AutoScalingGroupName!: string;
  @IsString() LifecycleHookName!: string;
  @IsString() EC2InstanceId!: string;
  /** `autoscaling:EC2_INSTANCE_LAUNCHING` or `autoscaling:EC2_INSTANCE_TERMINATING`. */
  @IsString() LifecycleTransition!: string;
  @IsOptional() @IsString() NotificationMetadata?: string;
}

/** Detects an Auto Scaling activity result event. */
export const isAutoScalingActivityEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.autoscaling', AUTO_SCALING_ACTIVITY_TYPES),
);
/** Detects an Auto Scaling lifecycle action event. */
export const isAutoScalingLifecycleActionEvent = safely((event) =>
  isEventBridgeOf(event, 'aws.autoscaling', AUTO_SCALING_LIFECYCLE_TYPES),
);

type ActivityType = (typeof AUTO_SCALING_ACTIVITY_TYPES)[number];
type LifecycleType = (typeof AUTO_SCALING_LIFECYCLE_TYPES)[number];

/**
 * An Auto Scaling group launched or terminated an instance, or failed to (via EventBridge).
 *
 * @example
 * ```ts
 * @Handler(AutoScalingActivityEvent)
 * onActivity(@Event() e: AutoScalingActivityEvent) { return `${e['detail-type']}: ${e.detail.EC2InstanceId}`; }
 * ```
 */
@EventSource<AutoScalingActivityEvent>({
  name: 'autoscaling-activity',
  detect: isAutoScalingActivityEvent,
  specificity: 20,
})
export class AutoScalingActivityEvent extends EventBridgeEvent<AutoScalingActivityDetail, ActivityType> {
  @IsString() override version!: string;
  @Equals('aws.autoscaling') override source!: 'aws.autoscaling';
  @IsIn(AUTO_SCALING_ACTIVITY_TYPES) override 'detail-type'!: ActivityType;
  @IsObject()
  @ValidateNested()
  @Type(() => AutoScalingActivityDetail)
  override detail!: AutoScalingActivityDetail;
}

/**
 * An Auto Scaling lifecycle hook is waiting: finish your work, then call CompleteLifecycleAction
 * with `LifecycleActionToken`.
 *
 * @example
 * ```ts
 * @Handler(AutoScalingLifecycleActionEvent)
 * async onHook(@Event() e: AutoScalingLifecycleActionEvent) {
 *   await drain(e.detail.EC2InstanceId);
 * }
 * ```
 */
@EventSource<AutoScalingLifecycleActionEvent>({
  name: 'autoscaling-lifecycle-action',
  detect: isAutoScalingLifecycleActionEvent,
  specificity: 20,
})
export class AutoScalingLifecycleActionEvent extends EventBridgeEvent<
  AutoScalingLifecycleDetail,
  LifecycleType
> {
  @IsString() override version!: string;
  @Equals('aws.autoscaling') override source!: 'aws.autoscaling';
  @IsIn(AUTO_SCALING_LIFECYCLE_TYPES) override 'detail-type'!: LifecycleType;
  @IsObject()
  @ValidateNested()
  @Type(() => AutoScalingLifecycleDetail)
  override detail!: AutoScalingLifecycleDetail;
}
