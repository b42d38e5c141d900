import { ExtensionApiError } from '../../runtime-api/extension-api-error.js';
import type { ExtensionsApiClient } from '../../runtime-api/extensions-api-client.js';
import type { ExtensionDefinition } from '../extension-definition.js';
import { parseTelemetryBatch } from './parse-telemetry.js';
import { LOGS_API_SCHEMA, TELEMETRY_SCHEMA } from './telemetry-events.js';
import { startTelemetryListener, type TelemetryListener } from './telemetry-listener.js';

/** The schema versions lambdakit's record classes follow. */
const SCHEMA_VERSION = { telemetry: '2022-12-13', logs: '2021-03-18' } as const;
/** What an API that is not there answers (AWS's Runtime Interface Emulator has no Telemetry API). */
const ABSENT = new Set([404, 405, 501]);

/**
 * Starts the listener for an extension's `@OnTelemetry`/`@OnLogs` method and subscribes it. Where
 * the API does not exist, a warning says the method will not be called and the extension goes on.
 */
export async function subscribeTelemetry(
  instance: object,
  definition: ExtensionDefinition,
  api: ExtensionsApiClient,
): Promise<TelemetryListener | undefined> {
  const { subscription } = definition;
  if (!subscription) return undefined;
  const schema = subscription.api === 'telemetry' ? TELEMETRY_SCHEMA : LOGS_API_SCHEMA;
  const method = (instance as Record<string, unknown>)[subscription.method];
  if (typeof method !== 'function')
    throw new TypeError(`${definition.name}.${subscription.method} is not a method`);
  const listener = await startTelemetryListener(definition.name, async (batch) => {
    await method.call(instance, await parseTelemetryBatch(batch, schema));
  });
  try {
    await api.subscribe(subscription.api, {
      schemaVersion: SCHEMA_VERSION[subscription.api],
      types: subscription.types,
      buffering: subscription.buffering,
      destination: { protocol: 'HTTP', URI: listener.uri },
    });
  } catch (error) {
    await listener.close();
    if (error instanceof ExtensionApiError && error.status !== undefined && ABSENT.has(error.status)) {
      console.warn(
        `${definition.name}: no ${subscription.api} API here (${error.message}); ${subscription.method} will not be called`,
      );
      return undefined;
    }
    throw error;
  }
  return listener;
}
