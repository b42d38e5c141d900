import type { ClassType } from '../../decorators/class-type.js';
import type { Container } from '../container/container.js';
import { InitError } from '../errors/runtime-errors.js';
import { USER_AGENT } from '../runtime/version.js';
import { ExtensionsApiClient } from '../runtime-api/extensions-api-client.js';
import { defineExtension } from './extension-definition.js';
import { startExtension } from './start-extension.js';

/**
 * Registers `@Extension` classes as internal extensions of the function, from its own process,
 * during init (Lambda takes registrations only before the runtime's first `/next`), built by the
 * app's container. Their event loops then run beside the runtime's; a loop that loses the API is
 * logged, never allowed to break the function.
 */
export async function startInternalExtensions(
  types: readonly ClassType[],
  container: Container,
  address: string | undefined,
): Promise<void> {
  if (types.length === 0) return;
  const definitions = types.map((type) => defineExtension(type, 'internal'));
  if (!address)
    throw new InitError('internal extensions need AWS_LAMBDA_RUNTIME_API, set by Lambda or `lambdakit dev`');
  for (const definition of definitions) {
    const api = new ExtensionsApiClient(address, { keepProcessAlive: false, userAgent: USER_AGENT });
    await api.register(definition.name, definition.events);
    const instance = (await container.get(definition.type)) as object;
    const started = await startExtension(instance, definition, api, 'internal');
    started.served.catch((error: unknown) => {
      console.error(`${definition.name}: the internal extension stopped:`, error);
    });
  }
}
