import type { ClassType } from './class-type.js';

/** The Extensions API events an extension can subscribe to. */
export type ExtensionEvent = 'INVOKE' | 'SHUTDOWN';

/** Options of `@Extension`. */
export interface ExtensionOptions {
  /**
   * The name registered with the Extensions API (`Lambda-Extension-Name`). Lambda requires an
   * external extension's to be its file name in `/opt/extensions`: `lambdakit build --extension`
   * names the file and registers under its `--name`.
   * @default the class name
   */
  readonly name?: string;
  /**
   * The events to receive. Internal extensions (in the function's process) cannot take SHUTDOWN.
   * @default the events the class has a method for: INVOKE with `onInvoke`, SHUTDOWN with `onShutdown`
   */
  readonly events?: readonly ExtensionEvent[];
}

/** An `@Extension` class's registration, defaults applied. */
export interface ExtensionRegistration {
  readonly name: string;
  readonly events: readonly ExtensionEvent[];
}

const extensions = new WeakMap<object, ExtensionRegistration>();

/**
 * Declares a Lambda extension. The container builds it like a controller (constructor injection);
 * Lambda's INVOKE events go to its `onInvoke(event)` method, SHUTDOWN to `onShutdown(event)`, and a
 * method decorated `@OnTelemetry` receives the Telemetry API's batches. Run it inside the function
 * with `createApp({ controllers, extensions: [Audit] })` (internal), or as its own process with
 * `runExtension(Audit)` / `lambdakit extension` (external, in `/opt/extensions`).
 *
 * @example
 * ```ts
 * @Extension({ name: 'audit' })
 * class Audit {
 *   constructor(private readonly sink: AuditSink) {}
 *   onInvoke(event: InvokeEvent) { this.sink.started(event.requestId); }
 * }
 * ```
 */
export function Extension(options: ExtensionOptions = {}) {
  return (target: ClassType): void => {
    extensions.set(target, {
      name: options.name ?? target.name,
      events: options.events ?? defaultEvents(target),
    });
  };
}

/** The registration of an `@Extension` class, or undefined. */
export function extensionOf(type: object): ExtensionRegistration | undefined {
  return extensions.get(type);
}

function defaultEvents(target: ClassType): ExtensionEvent[] {
  const events: ExtensionEvent[] = [];
  if (typeof target.prototype.onInvoke === 'function') events.push('INVOKE');
  if (typeof target.prototype.onShutdown === 'function') events.push('SHUTDOWN');
  return events;
}
