import type { ClassType } from '../../decorators/class-type.js';
import { Container } from '../container/container.js';
import type { Provider } from '../container/provider.js';
import { toErrorPayload } from '../runtime/error-payload.js';
import { USER_AGENT } from '../runtime/version.js';
import { ExtensionsApiClient } from '../runtime-api/extensions-api-client.js';
import { defineExtension } from './extension-definition.js';
import { ExtensionMethodFailed } from './extension-loop.js';
import { startExtension } from './start-extension.js';

/** Options of {@link createExtensionApp}. */
export interface ExtensionAppOptions {
  /** The `@Extension` class this process runs. */
  readonly extension: ClassType;
  /**
   * What the extension depends on: classes, values, factories.
   * @default []
   */
  readonly providers?: readonly Provider[];
  /**
   * The name to register under. Lambda requires an external extension's to be its file name in
   * `/opt/extensions` (`lambdakit build --extension --name` writes both).
   * @default the `@Extension` name
   */
  readonly name?: string;
}

/** An external extension: a process of its own in `/opt/extensions`, beside the function's. */
export class ExtensionApp {
  readonly #options: ExtensionAppOptions;

  constructor(options: ExtensionAppOptions) {
    this.#options = options;
  }

  /**
   * Registers, builds the extension, subscribes its telemetry, then serves INVOKE and SHUTDOWN until
   * SHUTDOWN, and exits 0. A failure while starting goes to `init/error`, a failing `onInvoke` or
   * `onShutdown` to `exit/error` with the error's own type; either way the process exits 1.
   */
  async run(): Promise<never> {
    const address = process.env.AWS_LAMBDA_RUNTIME_API;
    if (!address)
      return fail('AWS_LAMBDA_RUNTIME_API is not set: run this extension on Lambda or under `lambdakit dev`');
    const api = new ExtensionsApiClient(address, { userAgent: USER_AGENT });
    let started: Awaited<ReturnType<typeof startExtension>>;
    try {
      const definition = defineExtension(this.#options.extension, 'external');
      await api.register(this.#options.name ?? definition.name, definition.events);
      const container = new Container([...(this.#options.providers ?? []), definition.type]);
      const instance = (await container.get(definition.type)) as object;
      started = await startExtension(instance, definition, api, 'external');
    } catch (error) {
      return report(api, 'init', error);
    }
    try {
      await started.served;
    } catch (error) {
      return report(api, 'exit', error instanceof ExtensionMethodFailed ? error.cause : error);
    }
    await started.close();
    process.exit(0);
  }
}

/**
 * Creates an external extension app.
 *
 * @example
 * ```ts
 * // src/extensions/timings.ts, bundled with `lambdakit build --extension` into /opt/extensions/timings
 * await createExtensionApp({ extension: Timings, providers: [Clock] }).run();
 * ```
 */
export function createExtensionApp(options: ExtensionAppOptions): ExtensionApp {
  return new ExtensionApp(options);
}

/**
 * Runs an `@Extension` class as an external extension process: the short form of
 * `createExtensionApp({ extension, providers }).run()`.
 *
 * @example
 * ```ts
 * @Extension({ name: 'timings' })
 * class Timings {
 *   onInvoke(event: InvokeEvent) { console.log('started', event.requestId); }
 *   onShutdown(event: ShutdownEvent) { console.log('shutting down:', event.shutdownReason); }
 * }
 * await runExtension(Timings);
 * ```
 */
export function runExtension(extension: ClassType, providers: readonly Provider[] = []): Promise<never> {
  return createExtensionApp({ extension, providers }).run();
}

async function report(api: ExtensionsApiClient, phase: 'init' | 'exit', error: unknown): Promise<never> {
  const payload = toErrorPayload(error);
  console.error(`Extension ${phase} error ${JSON.stringify(payload)}`);
  if (api.extensionId) {
    try {
      await (phase === 'init' ? api.initError(payload) : api.exitError(payload));
    } catch (reportError) {
      console.error(`lambdakit: could not report the extension's ${phase} error`, reportError);
    }
  }
  process.exit(1);
}

function fail(message: string): never {
  console.error(`lambdakit: ${message}`);
  process.exit(1);
}
