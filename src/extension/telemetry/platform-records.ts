import '../../../events/support/metadata.js';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import {
  DurationMetrics,
  ReportMetrics,
  RuntimeDoneMetrics,
  TelemetrySpan,
  TracedRecord,
} from './record-parts.js';

/** How the environment was initialised: `on-demand`, `provisioned-concurrency`, `snap-start`, … */
export type InitializationType = string;
/** How a phase ended. */
export type TelemetryStatus = 'success' | 'failure' | 'error' | 'timeout';
const STATUSES: readonly TelemetryStatus[] = ['success', 'failure', 'error', 'timeout'];

/** `platform.initStart`: the init phase started. */
export class InitStartRecord {
  @IsString() initializationType!: InitializationType;
  /** `init`, or `invoke` when init is repeated inside the first invocation after a failure. */
  @IsIn(['init', 'invoke']) phase!: 'init' | 'invoke';
  @IsOptional() @IsString() runtimeVersion?: string;
  @IsOptional() @IsString() runtimeVersionArn?: string;
  @IsOptional() @IsString() functionName?: string;
  @IsOptional() @IsString() functionVersion?: string;
  @IsOptional() @IsString() instanceId?: string;
  @IsOptional() @IsNumber() instanceMaxMemory?: number;
}

/** `platform.initRuntimeDone`: the runtime finished its init. */
export class InitRuntimeDoneRecord {
  @IsString() initializationType!: InitializationType;
  @IsOptional() @IsIn(['init', 'invoke']) phase?: 'init' | 'invoke';
  @IsIn(STATUSES) status!: TelemetryStatus;
  @IsOptional() @IsString() errorType?: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => TelemetrySpan) spans?: TelemetrySpan[];
}

/** `platform.initReport`: what the init phase took. */
export class InitReportRecord {
  @IsString() initializationType!: InitializationType;
  @IsIn(['init', 'invoke']) phase!: 'init' | 'invoke';
  @IsOptional() @IsIn(STATUSES) status?: TelemetryStatus;
  @IsOptional() @IsString() errorType?: string;
  @IsDefined() @ValidateNested() @Type(() => DurationMetrics) metrics!: DurationMetrics;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => TelemetrySpan) spans?: TelemetrySpan[];
}

/** `platform.start`: an invocation started. */
export class StartRecord extends TracedRecord {
  @IsString() requestId!: string;
  @IsOptional() @IsString() version?: string;
}

/** `platform.runtimeDone`: the runtime answered an invocation (or failed to). */
export class RuntimeDoneRecord extends TracedRecord {
  @IsString() requestId!: string;
  @IsIn(STATUSES) status!: TelemetryStatus;
  @IsOptional() @IsString() errorType?: string;
  @IsOptional() @ValidateNested() @Type(() => RuntimeDoneMetrics) metrics?: RuntimeDoneMetrics;
}

/** `platform.report`: the invocation's durations, billing and memory. */
export class ReportRecord extends TracedRecord {
  @IsString() requestId!: string;
  @IsIn(STATUSES) status!: TelemetryStatus;
  @IsOptional() @IsString() errorType?: string;
  @IsDefined() @ValidateNested() @Type(() => ReportMetrics) metrics!: ReportMetrics;
}

/** `platform.extension`: an extension registered. */
export class ExtensionStateRecord {
  @IsString() name!: string;
  /** `Ready`. */
  @IsString() state!: string;
  @IsArray() @IsString({ each: true }) events!: string[];
  @IsOptional() @IsString() errorType?: string;
}

/** `platform.telemetrySubscription` (and the Logs API's `platform.logsSubscription`). */
export class SubscriptionRecord {
  @IsString() name!: string;
  /** `Subscribed`. */
  @IsString() state!: string;
  @IsArray() @IsString({ each: true }) types!: string[];
}

/** `platform.logsDropped`: Lambda dropped records because the subscriber fell behind. */
export class LogsDroppedRecord {
  @IsString() reason!: string;
  @IsNumber() droppedRecords!: number;
  @IsNumber() droppedBytes!: number;
}
