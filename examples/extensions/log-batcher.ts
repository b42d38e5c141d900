import { appendFile } from 'node:fs/promises';
import { Extension, OnTelemetry } from 'lambdakit';
import type { ShutdownEvent, TelemetryEvent } from 'lambdakit/extension';

/** Where the batched lines go: a file in /tmp, the one writable place on Lambda. */
const LOG_FILE = process.env.LOG_BATCHER_FILE ?? '/tmp/function-logs.ndjson';

/**
 * An external extension that receives the function's log lines from the Telemetry API in batches
 * and appends each batch to a file, one JSON line per log record.
 */
@Extension({ name: 'log-batcher' })
export default class LogBatcher {
  #written = 0;

  @OnTelemetry({ types: ['function'], buffering: { maxItems: 1000, timeoutMs: 100 } })
  async onTelemetry(batch: TelemetryEvent[]): Promise<void> {
    const lines = batch
      .filter((event) => event.type === 'function')
      .map((event) => JSON.stringify({ time: event.time, record: event.record }));
    if (lines.length === 0) return;
    await appendFile(LOG_FILE, `${lines.join('\n')}\n`);
    this.#written += lines.length;
  }

  onShutdown(event: ShutdownEvent): void {
    console.log(`log-batcher: ${this.#written} lines written to ${LOG_FILE} (${event.shutdownReason})`);
  }
}
