import '../support/metadata.js';
import type { CloudWatchLogsDecodedData, CloudWatchLogsLogEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { isString } from '../support/guards.js';
import { IsRecordOf } from '../support/validators.js';

/**
 * One log event of a decoded CloudWatch Logs subscription payload.
 *
 * @example
 * ```ts
 * for (const e of (await event.decode()).logEvents) console.log(e.timestamp, e.message);
 * ```
 */
export class CloudWatchLogsLogEntry implements CloudWatchLogsLogEvent {
  @IsString() id!: string;
  /** Epoch milliseconds. */
  @IsNumber() timestamp!: number;
  @IsString() message!: string;
  /** Present when the subscription filter pattern extracts fields. */
  @IsOptional() @IsRecordOf(isString, 'a string') extractedFields?: Record<string, string>;
}

/**
 * The gunzipped, parsed `awslogs.data` of a `CloudWatchLogsEvent`.
 *
 * @example
 * ```ts
 * const data = await event.decode();
 * if (data.messageType === 'DATA_MESSAGE') console.log(data.logGroup, data.logEvents.length);
 * ```
 */
export class CloudWatchLogsData implements CloudWatchLogsDecodedData {
  @IsString() owner!: string;
  @IsString() logGroup!: string;
  @IsString() logStream!: string;
  @IsArray() @IsString({ each: true }) subscriptionFilters!: string[];
  /** `DATA_MESSAGE`, or `CONTROL_MESSAGE` for the reachability check CloudWatch Logs sends. */
  @IsString() messageType!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CloudWatchLogsLogEntry)
  logEvents!: CloudWatchLogsLogEntry[];
  /** Set when the log group belongs to a policy-level subscription. */
  @IsOptional() @IsString() policyLevel?: string;
}
