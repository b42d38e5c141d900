import type { Context } from 'aws-lambda';
import { loadExtensionLayer } from '../../decorators/extension-registry.js';
import { Container } from '../container/container.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Middleware } from '../dispatch/middleware.js';
import { ExtensionConfigError } from '../extension/extension-config-error.js';
import { loadBufferedStream } from '../lazy-modules.js';
import { inLambdakitLoop } from '../runtime/loop-flag.js';
import { run } from '../runtime/run.js';
import { registerShutdownExtension } from '../runtime/shutdown.js';
import { StreamResponse } from '../runtime/stream-response.js';
import type { AppOptions } from './app-options.js';
import { buildDispatcher } from './build-dispatcher.js';

/**
 * An app as a plain `handler(event, context)` that must be initialised before its first invocation.
 * It takes any Lambda `Context`: lambdakit's own, or the one the managed Node.js runtime passes.
 */
export type AppHandler = ((event: unknown, context: Context) => Promise<unknown>) & { init(): Promise<void> };

/**
 * An app of controllers: build it with {@link createApp}, then `run()` it as a custom runtime, or
 * export `createHandler(app)` for the managed Node.js runtimes.
 */
export class App {
  readonly #options: AppOptions;
  readonly #middleware: Middleware[];
  #init: Promise<void> | undefined;
  #dispatcher: Dispatcher | undefined;

  constructor(options: AppOptions) {
    this.#options = options;
    this.#middleware = [...(options.middleware ?? [])];
  }

  /** Adds middleware around every invocation (before init only). */
  use(middleware: Middleware): this {
    if (this.#init) throw new Error('app.use() must come before the app is initialised');
    this.#middleware.push(middleware);
    return this;
  }

  /**
   * Builds the controllers and the dispatcher once, registering the app's internal extensions first;
   * later calls return the same promise.
   */
  init(): Promise<void> {
    this.#init ??= this.#build();
    return this.#init;
  }

  async #build(): Promise<void> {
    const { providers = [], controllers, extensions = [] } = this.#options;
    const container = new Container([...providers, ...controllers, ...extensions]);
    const runtimeApi = process.env.AWS_LAMBDA_RUNTIME_API;
    if (extensions.length > 0) {
      // Only `@Extension` refers to this code (see loadExtensionLayer): a bundle without extensions leaves it out.
      const layer = loadExtensionLayer();
      if (!layer) {
        throw new ExtensionConfigError(
          `${extensions[0]?.name} is listed as an extension but is not an @Extension()`,
        );
      }
      const { startInternalExtensions } =
        (await layer) as typeof import('../extension/internal-extensions.js');
      await startInternalExtensions(extensions, container, runtimeApi);
    }
    this.#dispatcher = await buildDispatcher(this.#options, this.#middleware, container);
    // On a managed runtime no lambdakit loop runs: the app registers for SIGTERM itself.
    if (runtimeApi) await registerShutdownExtension(runtimeApi);
  }

  /**
   * Handles one event: what the runtime calls per invocation. Not an `async` method: once the app
   * is built, the dispatcher's promise is returned as it is, without a promise around it; what it
   * throws (an event no handler takes) still comes back as a rejection.
   */
  dispatch(event: unknown, context: Context): Promise<unknown> {
    if (!this.#dispatcher) return this.init().then(() => this.#dispatcher!.dispatch(event, context));
    try {
      return this.#dispatcher.dispatch(event, context);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The app as a plain `handler(event, context)` that initialises first. */
  get handler(): AppHandler {
    return Object.assign((event: unknown, context: Context) => this.dispatch(event, context), {
      init: () => this.init(),
    });
  }

  /** Runs the app in the invocation loop (custom runtime): init failures go to `/init/error`. */
  run(): Promise<never> {
    return run(this.handler);
  }
}

/**
 * Creates an app of controllers.
 *
 * @example
 * ```ts
 * const app = createApp({ controllers: [Orders], providers: [OrderRepo] });
 * export const handler = createHandler(app); // managed Node.js runtime
 * // or, in a custom runtime's entry: await app.run();
 * ```
 */
export function createApp(options: AppOptions): App {
  return new App(options);
}

/**
 * The app as a plain `handler(event, context)` for the managed Node.js runtimes. Initialisation
 * starts now, during the function's init phase, and a failure (a missing provider, a throwing
 * constructor) fails the init phase rather than every invocation of a warm, broken environment:
 * - awaited (`await handler.init()` at the top level of an ES module, the recommended form), the
 *   module's import fails, and the runtime reports the real error as the init error;
 * - not awaited, the failure is rethrown as an uncaught exception, which the managed runtime (and
 *   lambdakit's own loop) report to `/runtime/init/error` before the process exits.
 * `lambdakit start` and `app.run()` await it and report a failure to `/init/error` themselves.
 * The managed runtimes buffer every result, so there a route that streams (a Function URL's
 * `HttpResponse.stream`) is answered with its body read to the end; lambdakit's loop streams it.
 *
 * @example
 * ```ts
 * export const handler = createHandler(createApp({ controllers: [Orders] }));
 * await handler.init(); // optional: init fails with the real error, within the init phase
 * ```
 */
export function createHandler(app: App): AppHandler {
  let awaited = false;
  app.init().catch((error: unknown) => {
    if (awaited) return;
    setImmediate(() => {
      throw error;
    });
  });
  const handler = (event: unknown, context: Context): Promise<unknown> => {
    const result = app.dispatch(event, context);
    // lambdakit's loop streams a StreamResponse itself; a managed runtime would serialise it.
    return inLambdakitLoop() ? result : result.then(bufferedForManagedRuntime);
  };
  return Object.assign(handler, {
    init: () => {
      awaited = true;
      return app.init();
    },
  });
}

/**
 * A streamed HTTP answer read to its end, as a managed runtime can send it; any other result as it
 * is (not wrapped in one more promise: this runs at every invocation).
 */
function bufferedForManagedRuntime(result: unknown): unknown {
  if (!(result instanceof StreamResponse) || result.options.prelude === undefined) return result;
  return loadBufferedStream().then(({ bufferStreamResponse }) => bufferStreamResponse(result));
}
