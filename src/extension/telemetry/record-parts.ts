import '../../../events/support/metadata.js';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';

/** A timed phase of an invocation or of init (`responseLatency`, `responseDuration`, …). */
export class TelemetrySpan {
  @IsString() name!: string;
  /** ISO-8601 start time. */
  @IsString() start!: string;
  @IsNumber() durationMs!: number;
}

/** The X-Ray trace an invocation belongs to. */
export class TelemetryTracing {
  @IsOptional() @IsString() spanId?: string;
  /** `X-Amzn-Trace-Id`. */
  @IsString() type!: string;
  /** `Root=…;Parent=…;Sampled=…`. */
  @IsString() value!: string;
}

/** The metrics of `platform.initReport` and `platform.restoreReport`. */
export class DurationMetrics {
  @IsNumber() durationMs!: number;
}

/** The metrics of `platform.runtimeDone`. */
export class RuntimeDoneMetrics extends DurationMetrics {
  @IsOptional() @IsNumber() producedBytes?: number;
}

/** The metrics of `platform.report`: what the invocation cost. */
export class ReportMetrics extends DurationMetrics {
  @IsNumber() billedDurationMs!: number;
  @IsNumber() memorySizeMB!: number;
  @IsNumber() maxMemoryUsedMB!: number;
  /** Present on the first invocation of an environment (a cold start). */
  @IsOptional() @IsNumber() initDurationMs?: number;
  @IsOptional() @IsNumber() restoreDurationMs?: number;
  @IsOptional() @IsNumber() billedRestoreDurationMs?: number;
}

/** Fields every invocation record may carry: its spans and trace. */
export class TracedRecord {
  @IsOptional() @ValidateNested({ each: true }) @Type(() => TelemetrySpan) spans?: TelemetrySpan[];
  @IsOptional() @ValidateNested() @Type(() => TelemetryTracing) tracing?: TelemetryTracing;
}
