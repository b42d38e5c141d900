import { type Buffering, TelemetryBuffer } from './telemetry-buffer.js';
import {
  categoryOf,
  type TelemetryCategory,
  type TelemetryRecord,
  telemetryRecord,
  toLogsApiRecords,
} from './telemetry-records.js';

/** A validated subscription of one extension. */
export interface TelemetrySubscription {
  /** Which API subscribed: the Telemetry API or the older Logs API (its own record shapes). */
  readonly api: 'telemetry' | 'logs';
  readonly types: ReadonlySet<TelemetryCategory>;
  readonly buffering: Buffering;
  /** The destination, `sandbox.localdomain` already resolved to loopback. */
  readonly uri: URL;
}

interface Subscriber {
  readonly subscription: TelemetrySubscription;
  readonly buffer: TelemetryBuffer;
}

/**
 * Where every telemetry record of the environment goes: to each subscriber whose types include
 * it. Records produced during init are kept until init ends, so an extension that subscribes
 * while the environment initialises still receives `platform.initStart` and the init logs.
 */
export class TelemetryHub {
  private readonly subscribers = new Map<string, Subscriber>();
  private initBacklog: TelemetryRecord[] | undefined;

  /** True when someone listens: producers can skip building records otherwise. */
  get active(): boolean {
    return this.subscribers.size > 0 || this.initBacklog !== undefined;
  }

  /** A new environment starts initialising. */
  beginInit(): void {
    this.initBacklog = [];
  }

  endInit(): void {
    this.initBacklog = undefined;
  }

  emit(type: string, record: unknown): void {
    if (!this.active) return;
    const stamped = telemetryRecord(type, record);
    this.initBacklog?.push(stamped);
    for (const subscriber of this.subscribers.values()) offer(subscriber, stamped);
  }

  /** Adds (or replaces) the subscription of extension `extensionId`. */
  subscribe(extensionId: string, subscription: TelemetrySubscription): void {
    const subscriber = {
      subscription,
      buffer: new TelemetryBuffer(subscription.uri, subscription.buffering),
    };
    this.subscribers.set(extensionId, subscriber);
    for (const record of this.initBacklog ?? []) offer(subscriber, record);
  }

  /** Delivers what is buffered and forgets every subscriber (the environment ends). */
  async close(): Promise<void> {
    const buffers = [...this.subscribers.values()].map((subscriber) => subscriber.buffer);
    this.subscribers.clear();
    this.initBacklog = undefined;
    await Promise.all(buffers.map((buffer) => buffer.flush()));
  }

  /** Delivers what is buffered now (before the extensions get SHUTDOWN). */
  async flush(): Promise<void> {
    await Promise.all([...this.subscribers.values()].map((subscriber) => subscriber.buffer.flush()));
  }
}

function offer(subscriber: Subscriber, record: TelemetryRecord): void {
  const { api, types } = subscriber.subscription;
  if (!types.has(categoryOf(record.type))) return;
  if (api === 'telemetry') subscriber.buffer.push(record);
  else for (const converted of toLogsApiRecords(record)) subscriber.buffer.push(converted);
}
