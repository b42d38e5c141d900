import type { ClassType } from '../../decorators/class-type.js';
import type { Provider } from '../container/provider.js';
import type { Middleware } from '../dispatch/middleware.js';
import type { HttpHandlerOptions } from '../http/handler.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** `@Controller` classes; each is built once at init with its dependencies injected. */
  readonly controllers: readonly ClassType[];
  /**
   * What the controllers depend on: classes, values, factories.
   * @default []
   */
  readonly providers?: readonly Provider[];
  /**
   * `@Extension` classes to run as internal extensions, in the function's process: registered at
   * init, built by the same container as the controllers. They cannot take SHUTDOWN.
   * @default []
   */
  readonly extensions?: readonly ClassType[];
  /**
   * Middleware around every invocation, outermost first (more with `app.use()`).
   * @default []
   */
  readonly middleware?: readonly Middleware[];
  /**
   * HTTP options for `@Http` routes: `middleware` (`cors()`, `compress()`), `stripStage`.
   * @default {}
   */
  readonly http?: Omit<HttpHandlerOptions, 'controllers'>;
}
