import '../../../events/support/metadata.js';
import { Type } from 'class-transformer';
import { IsDefined, IsString, ValidateNested } from 'class-validator';
import { ReportMetrics } from './record-parts.js';

/** Logs API `platform.end`: an invocation ended. */
export class EndRecord {
  @IsString() requestId!: string;
}

/** Logs API `platform.report`: the invocation's durations, billing and memory (no status there). */
export class LogsReportRecord {
  @IsString() requestId!: string;
  @IsDefined() @ValidateNested() @Type(() => ReportMetrics) metrics!: ReportMetrics;
}
