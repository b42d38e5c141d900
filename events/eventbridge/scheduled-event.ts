import '../support/metadata.js';
import type { ScheduledEvent as AwsScheduledEvent } from 'aws-lambda';
import { Equals, IsObject, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isEventBridgeOf, safely } from '../support/detect.js';
import { EventBridgeEvent } from './eventbridge-event.js';

/** Detects an EventBridge schedule rule firing: `source: aws.events`, `detail-type: Scheduled Event`. */
export const isScheduledEvent = safely((event) => isEventBridgeOf(event, 'aws.events', ['Scheduled Event']));

/**
 * An EventBridge scheduled rule (`rate(…)` / `cron(…)`) firing. `detail` is an empty object;
 * `time` is the scheduled time and `resources` holds the rule ARN.
 *
 * @example
 * ```ts
 * @Handler(ScheduledEvent)
 * nightly(@Event() event: ScheduledEvent) {
 *   console.log('rule', event.resources[0], 'fired for', event.time);
 * }
 * ```
 */
@EventSource<ScheduledEvent>({ name: 'scheduled', detect: isScheduledEvent, specificity: 20 })
export class ScheduledEvent
  extends EventBridgeEvent<Record<string, unknown>, 'Scheduled Event'>
  implements AwsScheduledEvent<Record<string, unknown>>
{
  @IsString() override version!: string;
  @Equals('aws.events') override source!: 'aws.events';
  @Equals('Scheduled Event') override 'detail-type'!: 'Scheduled Event';
  @IsObject() override detail!: Record<string, unknown>;
}
