import type { Invocation } from './invocation.js';
import type { InvocationReport } from './options.js';
import {
  type ReportMetrics,
  roundMs,
  type TelemetrySpan,
  type TelemetryStatus,
  type TelemetryTracing,
  telemetryStatus,
} from './telemetry-records.js';

const INIT = { initializationType: 'on-demand', phase: 'init' } as const;

/** `platform.initStart`. */
export function initStartRecord(functionName: string): object {
  return { ...INIT, functionName, functionVersion: '$LATEST' };
}

/** `platform.initRuntimeDone` and `platform.initReport` share this outcome part. */
export function initOutcome(status: TelemetryStatus, errorType?: string): object {
  return { ...INIT, status, ...(errorType ? { errorType } : {}) };
}

/** `platform.start`. */
export function startRecord(invocation: Invocation): object {
  return { requestId: invocation.id, version: '$LATEST', tracing: tracing(invocation) };
}

/** `platform.runtimeDone`, from the runtime's answer. */
export function runtimeDoneRecord(invocation: Invocation, report: InvocationReport): object {
  const started = invocation.startedAt ?? performance.now();
  const answered = invocation.answeredAt ?? started;
  const ended = started + report.durationMs;
  const spans: TelemetrySpan[] = [
    span('responseLatency', invocation.startedEpochMs, answered - started),
    span('responseDuration', invocation.startedEpochMs + (answered - started), ended - answered),
  ];
  return {
    requestId: invocation.id,
    status: telemetryStatus(report.status),
    ...(report.errorType ? { errorType: report.errorType } : {}),
    metrics: { durationMs: roundMs(report.durationMs), producedBytes: invocation.producedBytes },
    spans,
    tracing: tracing(invocation),
  };
}

/** What `platform.report` is built from. */
export interface ReportInput {
  readonly invocation: Invocation;
  readonly report: InvocationReport;
  /** From hand-off until the runtime and every extension were done. */
  readonly durationMs: number;
  readonly memorySizeMB: number;
  readonly maxMemoryUsedMB: number;
  readonly initDurationMs: number | undefined;
}

/** `platform.report`. */
export function reportRecord(input: ReportInput): object {
  const { invocation, report } = input;
  const metrics: ReportMetrics = {
    durationMs: roundMs(input.durationMs),
    billedDurationMs: Math.max(1, Math.ceil(input.durationMs)),
    memorySizeMB: input.memorySizeMB,
    maxMemoryUsedMB: input.maxMemoryUsedMB,
    ...(input.initDurationMs !== undefined ? { initDurationMs: roundMs(input.initDurationMs) } : {}),
  };
  return {
    requestId: invocation.id,
    status: telemetryStatus(report.status),
    ...(report.errorType ? { errorType: report.errorType } : {}),
    metrics,
    tracing: tracing(invocation),
  };
}

function tracing(invocation: Invocation): TelemetryTracing {
  return { type: 'X-Amzn-Trace-Id', value: invocation.traceId };
}

function span(name: string, startEpochMs: number, durationMs: number): TelemetrySpan {
  return { name, start: new Date(startEpochMs).toISOString(), durationMs: roundMs(Math.max(0, durationMs)) };
}
