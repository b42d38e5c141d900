import type { Context } from 'aws-lambda';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { Middleware } from '../dispatch/middleware.js';
import { run } from '../runtime/run.js';
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

  /** Builds the controllers and the dispatcher once; later calls return the same promise. */
  init(): Promise<void> {
    this.#init ??= buildDispatcher(this.#options, this.#middleware).then((dispatcher) => {
      this.#dispatcher = dispatcher;
    });
    return this.#init;
  }

  /** Handles one event: what the runtime calls per invocation. */
  async dispatch(event: unknown, context: Context): Promise<unknown> {
    if (!this.#dispatcher) await this.init();
    return this.#dispatcher!.dispatch(event, context);
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
 * The app as a plain `handler(event, context)` for the managed Node.js runtimes. Initialisation starts
 * now, during the function's init phase; `lambdakit start` and `app.run()` also await it and report a
 * failure to `/init/error`.
 *
 * @example
 * ```ts
 * export const handler = createHandler(createApp({ controllers: [Orders] }));
 * ```
 */
export function createHandler(app: App): AppHandler {
  app.init().catch(() => {
    // Surfaces again from handler.init() and from every invocation.
  });
  return app.handler;
}
