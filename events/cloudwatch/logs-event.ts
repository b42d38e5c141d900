import '../support/metadata.js';
import type { CloudWatchLogsEvent as AwsCloudWatchLogsEvent, CloudWatchLogsEventData } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { transformAndValidate } from '../../src/dispatch/transform-and-validate.js';
import { decodeBase64, decodeUtf8, gunzip, parseJson } from '../support/codec.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';
import { CloudWatchLogsData } from './logs-data.js';

const FIELD = 'CloudWatchLogsEvent.awslogs.data';

/** The `awslogs` envelope: base64 of a gzip archive of JSON. */
export class CloudWatchLogsPayload implements CloudWatchLogsEventData {
  @IsString() data!: string;
}

/** Detects a CloudWatch Logs subscription event: `awslogs.data` is a string. */
export const isCloudWatchLogsEvent = safely(
  (event) => isRecord(event) && isRecord(event.awslogs) && isString(event.awslogs.data),
);

/**
 * A CloudWatch Logs subscription filter delivery. The payload is base64 + gzip + JSON; `decode()`
 * unpacks and validates it.
 *
 * @example
 * ```ts
 * @Handler(CloudWatchLogsEvent)
 * async onLogs(@Event() event: CloudWatchLogsEvent) {
 *   const { logGroup, logEvents } = await event.decode();
 * }
 * ```
 */
@EventSource<CloudWatchLogsEvent>({ name: 'cloudwatch-logs', detect: isCloudWatchLogsEvent })
export class CloudWatchLogsEvent implements AwsCloudWatchLogsEvent {
  @IsObject() @ValidateNested() @Type(() => CloudWatchLogsPayload) awslogs!: CloudWatchLogsPayload;

  /** The decoded payload as plain JSON, not validated. Throws EventDecodeError (base64, gzip, utf8, json). */
  decodeRaw(): unknown {
    const text = decodeUtf8(gunzip(decodeBase64(this.awslogs.data, FIELD), FIELD), FIELD);
    return parseJson(text, FIELD);
  }

  /**
   * The decoded payload, validated. Rejects with EventDecodeError when base64, gzip or JSON is
   * broken, and with EventValidationError when the JSON is not a logs payload.
   */
  decode(): Promise<CloudWatchLogsData> {
    try {
      return transformAndValidate(CloudWatchLogsData, this.decodeRaw());
    } catch (err) {
      return Promise.reject(err);
    }
  }
}
