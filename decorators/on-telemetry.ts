/** The telemetry streams an extension can subscribe to. */
export type TelemetryStream = 'platform' | 'function' | 'extension';

/** How Lambda batches telemetry before it posts it (AWS's ranges apply; checked at init). */
export interface TelemetryBuffering {
  /**
   * Records held before a batch is sent, 1000 to 10000.
   * @default 1000
   */
  readonly maxItems?: number;
  /**
   * Bytes held before a batch is sent, 262144 to 1048576.
   * @default 262144
   */
  readonly maxBytes?: number;
  /**
   * Milliseconds a record may wait before its batch is sent, 25 to 30000.
   * @default 1000
   */
  readonly timeoutMs?: number;
}

/** Options of `@OnTelemetry` and `@OnLogs`. */
export interface TelemetrySubscriptionOptions {
  /**
   * The streams to receive.
   * @default ['platform', 'function']
   */
  readonly types?: readonly TelemetryStream[];
  /**
   * Batching of deliveries.
   * @default {}
   */
  readonly buffering?: TelemetryBuffering;
}

/** An extension method's telemetry subscription, as declared. */
export interface TelemetrySubscription {
  /** `telemetry` (Telemetry API 2022-07-01) or `logs` (the older Logs API 2020-08-15). */
  readonly api: 'telemetry' | 'logs';
  readonly method: string;
  readonly types: readonly TelemetryStream[];
  readonly buffering: TelemetryBuffering;
}

const subscriptions = new WeakMap<object, TelemetrySubscription[]>();

function subscribe(api: TelemetrySubscription['api'], options: TelemetrySubscriptionOptions) {
  return (target: object, method: string | symbol): void => {
    const type = target.constructor;
    const list = subscriptions.get(type) ?? [];
    list.push({
      api,
      method: String(method),
      types: options.types ?? ['platform', 'function'],
      buffering: options.buffering ?? {},
    });
    subscriptions.set(type, list);
  };
}

/**
 * Subscribes an `@Extension` method to the Telemetry API: lambdakit starts a local listener,
 * subscribes it, and calls the method with each batch, every record typed and validated
 * (`TelemetryEvent` from `lambdakit/extension`; unknown record types arrive as `type: 'untyped'`).
 *
 * @example
 * ```ts
 * @Extension()
 * class Timings {
 *   @OnTelemetry({ types: ['platform'], buffering: { timeoutMs: 100 } })
 *   onTelemetry(batch: TelemetryEvent[]) {
 *     for (const event of batch) if (event.type === 'platform.report') console.log(event.record.metrics);
 *   }
 * }
 * ```
 */
export function OnTelemetry(options: TelemetrySubscriptionOptions = {}) {
  return subscribe('telemetry', options);
}

/**
 * Subscribes an `@Extension` method to the older Logs API (2020-08-15), for code written against it;
 * prefer `@OnTelemetry`. Batches arrive typed as `LogsApiEvent` from `lambdakit/extension`.
 *
 * @example
 * ```ts
 * @Extension()
 * class Shipper {
 *   @OnLogs({ types: ['function'] })
 *   onLogs(batch: LogsApiEvent[]) { for (const line of batch) console.log(line.record); }
 * }
 * ```
 */
export function OnLogs(options: TelemetrySubscriptionOptions = {}) {
  return subscribe('logs', options);
}

/** The telemetry subscriptions declared on an extension class (at most one is valid). */
export function telemetrySubscriptionsOf(type: object): readonly TelemetrySubscription[] {
  return subscriptions.get(type) ?? [];
}
