import { existsSync, writeFileSync } from 'node:fs';
import { Extension, OnTelemetry } from 'lambdakit';
import type { InvokeEvent, ShutdownEvent, TelemetryEvent } from 'lambdakit/extension';

/**
 * An external extension: counts invocations, collects their reported durations, prints on SHUTDOWN.
 * With TIMINGS_FAIL_ONCE=<file>, its first onInvoke throws (once: the file remembers it).
 */
@Extension({ name: 'timings' })
export default class Timings {
  readonly #invokes: string[] = [];
  readonly #durations: number[] = [];

  onInvoke(event: InvokeEvent): void {
    this.#invokes.push(event.requestId);
    console.log(`timings INVOKE ${event.requestId}`);
    // Fails the first INVOKE once: the marker file outlives the environment reset that follows.
    const marker = process.env.TIMINGS_FAIL_ONCE;
    if (marker && !existsSync(marker)) {
      writeFileSync(marker, event.requestId);
      throw new RangeError('told to fail');
    }
  }

  onShutdown(event: ShutdownEvent): void {
    console.log(
      `timings SHUTDOWN ${event.shutdownReason} invokes=${this.#invokes.length} reports=${this.#durations.length}`,
    );
  }

  @OnTelemetry({ types: ['platform', 'function'], buffering: { timeoutMs: 25 } })
  onTelemetry(batch: TelemetryEvent[]): void {
    for (const event of batch) {
      if (event.type === 'platform.report') this.#durations.push(event.record.metrics.durationMs);
      if (event.type === 'function')
        console.log(
          `timings LOG ${typeof event.record === 'string' ? event.record.trim() : JSON.stringify(event.record)}`,
        );
      if (event.type === 'untyped') console.log(`timings UNTYPED ${event.recordType}`);
    }
  }
}
