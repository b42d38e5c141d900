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
