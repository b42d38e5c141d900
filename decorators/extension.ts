import { loadInternalExtensions } from '../src/lazy-modules.js';
import type { ClassType } from './class-type.js';
import { addExtension, type ExtensionEvent, type ExtensionOptions } from './extension-registry.js';

export {
  type ExtensionEvent,
  type ExtensionOptions,
  type ExtensionRegistration,
  extensionOf,
} from './extension-registry.js';

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
    addExtension(
      target,
      { name: options.name ?? target.name, events: options.events ?? defaultEvents(target) },
      loadInternalExtensions,
    );
  };
}

function defaultEvents(target: ClassType): ExtensionEvent[] {
  const events: ExtensionEvent[] = [];
  if (typeof target.prototype.onInvoke === 'function') events.push('INVOKE');
  if (typeof target.prototype.onShutdown === 'function') events.push('SHUTDOWN');
  return events;
}
