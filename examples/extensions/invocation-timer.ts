import { Extension, OnTelemetry } from 'lambdakit';
import type { InvokeEvent, ShutdownEvent, TelemetryEvent } from 'lambdakit/extension';

/**
 * An external extension that times every invocation (from the Telemetry API's `platform.report`)
 * and reports count, median and slowest when the environment shuts down.
 */
@Extension({ name: 'invocation-timer' })
export default class InvocationTimer {
  readonly #durations = new Map<string, number>();
  #invocations = 0;

  onInvoke(_event: InvokeEvent): void {
    this.#invocations += 1;
  }

  @OnTelemetry({ types: ['platform'], buffering: { timeoutMs: 100 } })
  onTelemetry(batch: TelemetryEvent[]): void {
    for (const event of batch) {
      if (event.type === 'platform.report')
        this.#durations.set(event.record.requestId, event.record.metrics.durationMs);
    }
  }

  onShutdown(event: ShutdownEvent): void {
    const sorted = [...this.#durations.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const slowest = sorted.at(-1) ?? 0;
    console.log(
      `invocation-timer: ${this.#invocations} invocations, ${sorted.length} timed, ` +
        `median ${median.toFixed(1)} ms, slowest ${slowest.toFixed(1)} ms (${event.shutdownReason})`,
    );
  }
}
