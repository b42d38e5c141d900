import type { ExtensionRegistry } from './extension-registry.js';
import type { Invocation } from './invocation.js';
import { reportRecord, runtimeDoneRecord, startRecord } from './invoke-telemetry.js';
import type { InvocationReport } from './options.js';
import type { TelemetryHub } from './telemetry-hub.js';

/** What {@link InvokePhases} works with. */
export interface InvokePhasesOptions {
  readonly registry: ExtensionRegistry;
  readonly hub: TelemetryHub;
  readonly functionArn: string;
  readonly memorySizeMB: number;
  /** One-at-a-time mode: the next invocation waits until the extensions are done with this one. */
  readonly waitForExtensions: boolean;
  readonly maxMemoryUsedMb: () => Promise<number | undefined>;
  /** A phase closed: the next invocation may start. */
  readonly onClosed: () => void;
}

interface Phase {
  readonly invocation: Invocation;
  report: InvocationReport | undefined;
  /** The environment is being reset: close as soon as the runtime's outcome is known. */
  forced: boolean;
  finishing: boolean;
  readonly closed: Promise<void>;
  readonly close: () => void;
}

/**
 * The invoke phase of each invocation, as Lambda runs it: it opens with INVOKE to every extension
 * registered for it and `platform.start`, and closes once the runtime answered
 * (`platform.runtimeDone`) and every such extension called `next` again (`platform.report`, whose
 * duration covers both). The caller gets its answer when the runtime answers.
 */
export class InvokePhases {
  private readonly phases = new Map<string, Phase>();
  private initDurationMs: number | undefined;

  constructor(private readonly options: InvokePhasesOptions) {}

  /** The environment finished init in `ms`: the next report is a cold start's. */
  coldStart(ms: number): void {
    this.initDurationMs = ms;
  }

  canStart(): boolean {
    return !this.options.waitForExtensions || this.phases.size === 0;
  }

  open(invocation: Invocation): void {
    let close!: () => void;
    const closed = new Promise<void>((resolve) => {
      close = resolve;
    });
    const phase: Phase = { invocation, report: undefined, forced: false, finishing: false, closed, close };
    this.phases.set(invocation.id, phase);
    const { registry, hub, functionArn } = this.options;
    registry.send({
      eventType: 'INVOKE',
      deadlineMs: invocation.deadlineMs,
      requestId: invocation.id,
      invokedFunctionArn: functionArn,
      tracing: { type: 'X-Amzn-Trace-Id', value: invocation.traceId },
    });
    hub.emit('platform.start', startRecord(invocation));
    void invocation.finished.then((report) => {
      phase.report = report;
      hub.emit('platform.runtimeDone', runtimeDoneRecord(invocation, report));
      this.check();
    });
  }

  closed(invocation: Invocation): Promise<void> {
    return this.phases.get(invocation.id)?.closed ?? Promise.resolve();
  }

  isOpen(invocation: Invocation): boolean {
    return this.phases.has(invocation.id);
  }

  /** Closes every phase whose runtime answered and whose extensions are done. */
  check(): void {
    const extensionsDone = !this.options.waitForExtensions || this.options.registry.allReady('INVOKE');
    for (const phase of this.phases.values()) {
      if (phase.report && (extensionsDone || phase.forced)) void this.finish(phase, phase.report);
    }
  }

  /** The environment is reset: phases close without waiting for the extensions. */
  abort(): void {
    for (const phase of this.phases.values()) phase.forced = true;
    this.check();
  }

  private async finish(phase: Phase, report: InvocationReport): Promise<void> {
    const { invocation } = phase;
    if (phase.finishing) return;
    phase.finishing = true;
    const durationMs = performance.now() - (invocation.startedAt ?? performance.now());
    const initDurationMs = this.initDurationMs;
    this.initDurationMs = undefined;
    if (this.options.hub.active) {
      const measured = await this.options.maxMemoryUsedMb();
      this.options.hub.emit(
        'platform.report',
        reportRecord({
          invocation,
          report,
          durationMs,
          memorySizeMB: this.options.memorySizeMB,
          maxMemoryUsedMB: measured ?? 0,
          initDurationMs,
        }),
      );
    }
    this.phases.delete(invocation.id);
    phase.close();
    this.options.onClosed();
  }
}
