import type { ShutdownEvent } from '../runtime-api/extension-events.js';
import type { ExtensionsApiClient } from '../runtime-api/extensions-api-client.js';
import type { ExtensionDefinition, ExtensionKind } from './extension-definition.js';
import { serveExtensionEvents } from './extension-loop.js';
import { subscribeTelemetry } from './telemetry/subscribe-telemetry.js';

/** A registered extension whose events are being served. */
export interface StartedExtension {
  /** Resolves with SHUTDOWN; rejects when the API is lost or (external) a method failed. */
  readonly served: Promise<ShutdownEvent>;
  /** Stops the telemetry listener, if any. */
  close(): Promise<void>;
}

/**
 * The part of an extension's init that follows registration and construction: subscribe its
 * telemetry method, then start serving its events. Rejects if the subscription fails.
 */
export async function startExtension(
  instance: object,
  definition: ExtensionDefinition,
  api: ExtensionsApiClient,
  kind: ExtensionKind,
): Promise<StartedExtension> {
  const listener = await subscribeTelemetry(instance, definition, api);
  return {
    served: serveExtensionEvents(instance, definition, api, kind),
    close: async () => {
      await listener?.close();
    },
  };
}
