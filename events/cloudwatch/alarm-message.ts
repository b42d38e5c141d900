import '../support/metadata.js';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** A metric dimension as the SNS alarm message spells it (lower-case keys). */
export class AlarmDimension {
  @IsString() name!: string;
  @IsString() value!: string;
}

/** The metric of a `MetricStat` in a multi-metric alarm trigger. */
export class AlarmMetric {
  @IsString() MetricName!: string;
  @IsString() Namespace!: string;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AlarmDimension)
  Dimensions?: AlarmDimension[];
}

/** `MetricStat` of one entry of `Trigger.Metrics`. */
export class AlarmMetricStat {
  @IsObject() @ValidateNested() @Type(() => AlarmMetric) Metric!: AlarmMetric;
  @IsNumber() Period!: number;
  @IsString() Stat!: string;
  @IsOptional() @IsString() Unit?: string;
}

/** One entry of `Trigger.Metrics`: a metric (`MetricStat`) or a math expression (`Expression`). */
export class AlarmMetricDataQuery {
  @IsString() Id!: string;
  @IsOptional() @IsString() Expression?: string;
  @IsOptional() @IsString() Label?: string;
  @IsOptional() @IsBoolean() ReturnData?: boolean;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AlarmMetricStat) MetricStat?: AlarmMetricStat;
}

/** What the alarm watches: one metric (`MetricName`, `Namespace`, …) or several (`Metrics`). */
export class AlarmTrigger {
  @IsOptional() @IsString() MetricName?: string;
  @IsOptional() @IsString() Namespace?: string;
  @IsOptional() @IsString() StatisticType?: string;
  @IsOptional() @IsString() Statistic?: string;
  @IsOptional() @IsString() ExtendedStatistic?: string;
  /** null on the wire when the metric has no unit. */
  @IsOptional() @IsString() Unit?: string | null;
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AlarmDimension)
  Dimensions?: AlarmDimension[];
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AlarmMetricDataQuery)
  Metrics?: AlarmMetricDataQuery[];
  @IsNumber() Period!: number;
  @IsNumber() EvaluationPeriods!: number;
  @IsOptional() @IsNumber() DatapointsToAlarm?: number;
  @IsString() ComparisonOperator!: string;
  @IsOptional() @IsNumber() Threshold?: number;
  @IsOptional() @IsString() ThresholdMetricId?: string;
  @IsOptional() @IsString() TreatMissingData?: string;
  @IsOptional() @IsString() EvaluateLowSampleCountPercentile?: string;
}

/**
 * The JSON message CloudWatch publishes to SNS when an alarm changes state; what
 * `CloudWatchAlarmSnsRecord.alarm()` returns.
 *
 * @example
 * ```ts
 * const alarm = await event.Records[0].alarm();
 * console.log(alarm.AlarmName, alarm.OldStateValue, '→', alarm.NewStateValue);
 * ```
 */
export class CloudWatchAlarmMessage {
  @IsString() AlarmName!: string;
  /** null on the wire when the alarm has no description. */
  @IsOptional() @IsString() AlarmDescription?: string | null;
  @IsString() AWSAccountId!: string;
  @IsString() NewStateValue!: string;
  @IsString() NewStateReason!: string;
  @IsString() StateChangeTime!: string;
  @IsString() Region!: string;
  @IsOptional() @IsString() AlarmArn?: string;
  @IsString() OldStateValue!: string;
  @IsOptional() @IsString() AlarmConfigurationUpdatedTimestamp?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) OKActions?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) AlarmActions?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) InsufficientDataActions?: string[];
  /** What a metric alarm watches; absent from composite alarms, which carry `AlarmRule` instead. */
  @ValidateIf((message: CloudWatchAlarmMessage) => message.AlarmRule === undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => AlarmTrigger)
  Trigger?: AlarmTrigger;
  /** A composite alarm's rule over other alarms: `ALARM(cpu) OR ALARM(errors)`. */
  @IsOptional() @IsString() AlarmRule?: string;
  /** The alarm whose ALARM state suppresses a composite alarm's actions. */
  @IsOptional() @IsString() ActionsSuppressor?: string;
  @IsOptional() @IsNumber() ActionsSuppressorWaitPeriod?: number;
  @IsOptional() @IsNumber() ActionsSuppressorExtensionPeriod?: number;
  /** `Alarm`, `WaitPeriod` or `ExtensionPeriod` when the composite alarm's actions were suppressed. */
  @IsOptional() @IsString() ActionsSuppressedBy?: string;
  @IsOptional() @IsString() ActionsSuppressedReason?: string;
}
