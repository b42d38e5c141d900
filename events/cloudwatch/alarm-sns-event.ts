import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import type { ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { isSnsEvent, SnsEvent } from '../sns/sns-event.js';
import { SnsRecord } from '../sns/sns-record.js';
import { firstOf, isRecord, isString } from '../support/guards.js';
import { CloudWatchAlarmMessage } from './alarm-message.js';

/** An SNS record whose message is a CloudWatch alarm notification. */
export class CloudWatchAlarmSnsRecord extends SnsRecord {
  /**
   * `Sns.Message` decoded and validated as a `CloudWatchAlarmMessage`. Rejects with
   * EventDecodeError (not JSON) or EventValidationError (not an alarm message).
   */
  alarm(options?: ValidationOptions): Promise<CloudWatchAlarmMessage> {
    return this.parseBody(CloudWatchAlarmMessage, options);
  }
}

/**
 * An SNS event whose first message is JSON with `AlarmName`, `NewStateValue` and a `Trigger` (metric
 * alarm) or an `AlarmRule` (composite alarm).
 */
export function isCloudWatchAlarmSnsEvent(event: unknown): boolean {
  if (!isSnsEvent(event)) return false;
  const sns = firstOf(event, 'Records')?.Sns;
  if (!isRecord(sns) || !isString(sns.Message) || !sns.Message.startsWith('{')) return false;
  try {
    const message: unknown = JSON.parse(sns.Message);
    return (
      isRecord(message) &&
      isString(message.AlarmName) &&
      isString(message.NewStateValue) &&
      (isRecord(message.Trigger) || isString(message.AlarmRule))
    );
  } catch {
    return false;
  }
}

/**
 * An SNS notification carrying a CloudWatch alarm state change (the classic alarm → SNS topic →
 * Lambda set-up). A refinement of `SnsEvent`: it wins over it for alarm messages.
 *
 * @example
 * ```ts
 * @Handler(CloudWatchAlarmSnsEvent)
 * async onAlarm(@Event() event: CloudWatchAlarmSnsEvent) {
 *   const alarm = await event.Records[0].alarm();
 *   return `${alarm.AlarmName} is ${alarm.NewStateValue}`;
 * }
 * ```
 */
@EventSource<CloudWatchAlarmSnsEvent>({
  name: 'cloudwatch-alarm-sns',
  detect: isCloudWatchAlarmSnsEvent,
  specificity: 20,
})
export class CloudWatchAlarmSnsEvent extends SnsEvent {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CloudWatchAlarmSnsRecord)
  override Records!: CloudWatchAlarmSnsRecord[];
}
