import '../support/metadata.js';
import type { SNSEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { firstRecordIs, safely } from '../support/detect.js';
import { SnsRecord } from './sns-record.js';

/** Detects an SNS event: `Records[0].EventSource === 'aws:sns'`. */
export const isSnsEvent = safely((event) => firstRecordIs(event, 'EventSource', 'aws:sns'));

/**
 * An SNS notification delivered to Lambda (one record per invocation). Not a batch source: SNS
 * has no partial batch response. Notifications whose message is a CloudWatch alarm are also
 * recognised, more specifically, as `CloudWatchAlarmSnsEvent`.
 *
 * @example
 * ```ts
 * @Handler(SnsEvent)
 * onNotification(@Event() event: SnsEvent) {
 *   return event.Records[0].Sns.Subject;
 * }
 * ```
 */
@EventSource<SnsEvent>({ name: 'sns', detect: isSnsEvent })
export class SnsEvent implements SNSEvent {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SnsRecord) Records!: SnsRecord[];
}
