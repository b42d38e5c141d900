import '../support/metadata.js';
import type {
  CloudWatchAlarmEvent as AwsCloudWatchAlarmEvent,
  CloudWatchAlarmCompositeConfiguration,
  CloudWatchAlarmConfiguration,
  CloudWatchAlarmData,
  CloudWatchAlarmState,
} from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import { IsAlarmConfiguration } from './alarm-configuration.js';

/** An alarm state (`OK`, `ALARM`, `INSUFFICIENT_DATA`) with why and when. */
export class CloudWatchAlarmStateData implements CloudWatchAlarmState {
  @IsString() value!: string;
  @IsString() reason!: string;
  @IsString() timestamp!: string;
  /** JSON text with the evaluated datapoints. */
  @IsOptional() @IsString() reasonData?: string;
  @IsOptional() @IsString() actionsSuppressedBy?: string;
  @IsOptional() @IsString() actionsSuppressedReason?: string;
}

/** `alarmData` of a `CloudWatchAlarmEvent`. */
export class CloudWatchAlarmDetail implements CloudWatchAlarmData {
  @IsString() alarmName!: string;
  @IsObject() @ValidateNested() @Type(() => CloudWatchAlarmStateData) state!: CloudWatchAlarmStateData;
  @IsObject()
  @ValidateNested()
  @Type(() => CloudWatchAlarmStateData)
  previousState!: CloudWatchAlarmStateData;
  /** Metric alarms carry `metrics`; composite alarms carry `alarmRule`. Kept as sent. */
  @IsAlarmConfiguration() configuration!:
    | CloudWatchAlarmConfiguration
    | CloudWatchAlarmCompositeConfiguration;
}

/** Detects a CloudWatch alarm that invokes Lambda directly (alarm action): `source` + `alarmData`. */
export const isCloudWatchAlarmEvent = safely(
  (event) =>
    isRecord(event) &&
    event.source === 'aws.cloudwatch' &&
    isString(event.alarmArn) &&
    isRecord(event.alarmData),
);

/**
 * A CloudWatch alarm state change delivered by a Lambda alarm action (not via SNS; for SNS see
 * `CloudWatchAlarmSnsEvent`).
 *
 * @example
 * ```ts
 * @Handler(CloudWatchAlarmEvent)
 * onAlarm(@Event() event: CloudWatchAlarmEvent) {
 *   if (event.alarmData.state.value === 'ALARM') page(event.alarmData.alarmName);
 * }
 * ```
 */
@EventSource<CloudWatchAlarmEvent>({ name: 'cloudwatch-alarm', detect: isCloudWatchAlarmEvent })
export class CloudWatchAlarmEvent implements AwsCloudWatchAlarmEvent {
  @Equals('aws.cloudwatch') source!: string;
  @IsString() alarmArn!: string;
  @IsString() accountId!: string;
  @IsString() time!: string;
  @IsString() region!: string;
  @IsObject() @ValidateNested() @Type(() => CloudWatchAlarmDetail) alarmData!: CloudWatchAlarmDetail;
}
