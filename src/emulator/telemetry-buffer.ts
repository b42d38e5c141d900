import { request } from 'node:http';
import { type TelemetryRecord, telemetryRecord } from './telemetry-records.js';

/** Buffering of a subscription, as the subscribe request gives it (defaults applied). */
export interface Buffering {
  readonly maxItems: number;
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** How long one delivery may take before it counts as failed. */
const DELIVERY_TIMEOUT_MS = 5000;
/** Deliveries are tried this many times before the batch is dropped. */
const DELIVERY_ATTEMPTS = 2;
const RETRY_DELAY_MS = 50;
/** Records held while deliveries fail, in multiples of a full batch, before new ones are dropped. */
const BACKLOG_BATCHES = 4;

/**
 * One subscriber's buffer: records are batched and POSTed as a JSON array to `uri`, when
 * `maxItems` or `maxBytes` is reached or `timeoutMs` after the first record of a batch, one
 * delivery at a time so the order holds. A destination that fails is retried once, then the
 * batch is dropped and a `platform.logsDropped` record says so; nothing here ever waits on it.
 */
export class TelemetryBuffer {
  private pending: TelemetryRecord[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private delivering: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private dropped = { records: 0, bytes: 0, reason: '' };

  constructor(
    private readonly uri: URL,
    private readonly buffering: Buffering,
  ) {}

  push(record: TelemetryRecord): void {
    const size = Buffer.byteLength(JSON.stringify(record));
    if (this.inFlight > 0 && this.pending.length >= this.buffering.maxItems * BACKLOG_BATCHES) {
      this.drop(1, size, 'Consumer seems to have fallen behind as it has not acknowledged receipt of logs.');
      return;
    }
    this.pending.push(record);
    this.pendingBytes += size;
    if (this.pending.length >= this.buffering.maxItems || this.pendingBytes >= this.buffering.maxBytes) {
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => void this.flush(), this.buffering.timeoutMs);
    }
  }

  /** Sends what is buffered now; resolves when every delivery so far has ended. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.takeBatch();
    if (batch.length > 0) {
      this.inFlight += 1;
      this.delivering = this.delivering.then(async () => {
        await this.deliver(batch);
        this.inFlight -= 1;
      });
      // What did not fit in this batch goes in the next one.
      if (this.pending.length > 0) return this.flush();
    }
    return this.delivering;
  }

  private takeBatch(): TelemetryRecord[] {
    const batch: TelemetryRecord[] = [];
    if (this.dropped.records > 0) {
      const { records, bytes, reason } = this.dropped;
      batch.push(
        telemetryRecord('platform.logsDropped', { reason, droppedRecords: records, droppedBytes: bytes }),
      );
      this.dropped = { records: 0, bytes: 0, reason: '' };
    }
    let bytes = 0;
    while (this.pending.length > 0 && batch.length < this.buffering.maxItems) {
      const record = this.pending[0]!;
      const size = Buffer.byteLength(JSON.stringify(record));
      if (batch.length > 0 && bytes + size > this.buffering.maxBytes) break;
      batch.push(record);
      bytes += size;
      this.pending.shift();
      this.pendingBytes -= size;
    }
    return batch;
  }

  private async deliver(batch: TelemetryRecord[]): Promise<void> {
    const body = Buffer.from(JSON.stringify(batch));
    for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt += 1) {
      if (await post(this.uri, body)) return;
      if (attempt < DELIVERY_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
    const lost = batch.filter((record) => record.type !== 'platform.logsDropped');
    this.drop(lost.length, body.length, `The destination ${this.uri.href} did not accept the records.`);
  }

  private drop(records: number, bytes: number, reason: string): void {
    this.dropped = {
      records: this.dropped.records + records,
      bytes: this.dropped.bytes + bytes,
      reason,
    };
    // The drop is reported in the next batch, or on its own after the usual wait.
    if (records > 0) this.timer ??= setTimeout(() => void this.flush(), this.buffering.timeoutMs);
  }
}

/** POSTs one batch; true on a 2xx answer. */
function post(uri: URL, body: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      uri,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
        res.once('error', () => resolve(false));
      },
    );
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
    req.end(body);
  });
}
