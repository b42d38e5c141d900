import type { ExtensionEvent, ShutdownEvent } from '../runtime-api/extension-events.js';
import type { ExtensionsApiClient } from '../runtime-api/extensions-api-client.js';
import type { ExtensionDefinition, ExtensionKind } from './extension-definition.js';

/** Thrown out of the loop when the user's `onInvoke`/`onShutdown` failed; `cause` is their error. */
export class ExtensionMethodFailed extends Error {
  constructor(
    readonly method: string,
    cause: unknown,
  ) {
    super(`${method} failed`, { cause });
  }
}

/**
 * Serves one registered extension: `event/next` → `onInvoke` or `onShutdown` → `event/next` again,
 * until SHUTDOWN, which it resolves with. Calling `next` again is what tells Lambda the extension
 * is done with an invocation. In an internal extension a failing `onInvoke` is logged and the loop
 * goes on, so that nothing the extension does breaks the function; in an external one it ends the
 * loop with {@link ExtensionMethodFailed}. Losing the API rejects with its error.
 */
export async function serveExtensionEvents(
  instance: object,
  definition: ExtensionDefinition,
  api: ExtensionsApiClient,
  kind: ExtensionKind,
): Promise<ShutdownEvent> {
  for (;;) {
    const event = await api.next();
    const method = event.eventType === 'INVOKE' ? 'onInvoke' : 'onShutdown';
    try {
      await call(instance, method, event);
    } catch (error) {
      if (kind === 'external') throw new ExtensionMethodFailed(`${definition.name}.${method}`, error);
      console.error(`${definition.name}.${method} failed; the extension goes on:`, error);
    }
    if (event.eventType === 'SHUTDOWN') return event;
  }
}

async function call(instance: object, method: string, event: ExtensionEvent): Promise<void> {
  const handler = (instance as Record<string, unknown>)[method];
  if (typeof handler === 'function') await handler.call(instance, event);
}
