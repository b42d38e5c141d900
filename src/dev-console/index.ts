/**
 * What `lambdakit dev` serves besides the function: the OpenAPI document, Swagger UI and the dev
 * console, under `/_lambdakit/`.
 */
import type { Emulator, EmulatorRoute } from '../emulator/index.js';
import { consoleRoutes } from './console-routes.js';
import { DevDocument, type DevDocumentOptions } from './dev-document.js';
import { docsRoutes } from './docs-routes.js';
import { DEV_PATHS, DEV_PREFIX } from './paths.js';

export { DEV_PATHS } from './paths.js';
export { ReservedRouteError } from './reserved-route-error.js';

/** The routes dev adds to the emulator, and what they need once it runs. */
export interface DevPages {
  readonly routes: readonly EmulatorRoute[];
  /** `/_lambdakit`: never sent to the function. */
  readonly reservedPaths: readonly string[];
  /** Hands the running emulator to the routes (its history, its Invoke API, its URL). */
  attach(emulator: Emulator): void;
  /** Builds the document again, after a rebuild of the bundle. */
  refresh(): void;
  /** Why the document could not be built at start (the entry did not bundle or import), if so. */
  readonly documentError: unknown;
}

/**
 * Builds the entry's OpenAPI document (a route under `/_lambdakit` is a `ReservedRouteError`)
 * and the routes of the docs and the console. `/openapi.json` is served unless the app routes it.
 *
 * @example
 * ```ts
 * const pages = await devPages({ entry, conditions: [], onRefreshError: (e) => console.error(e) });
 * const emulator = await startEmulator({ command, history: 100, routes: pages.routes, reservedPaths: pages.reservedPaths });
 * pages.attach(emulator);
 * ```
 */
export async function devPages(options: DevDocumentOptions): Promise<DevPages> {
  const document = await DevDocument.load(options);
  let running: Emulator | undefined;
  const emulator = (): Emulator => {
    if (!running) throw new Error('the emulator is not started yet');
    return running;
  };
  const rootDocument = !(await document.routes(DEV_PATHS.rootDocument));
  return {
    routes: [...docsRoutes(emulator, document, rootDocument), ...consoleRoutes(emulator)],
    reservedPaths: [DEV_PREFIX],
    attach: (started) => {
      running = started;
    },
    refresh: () => document.refresh(),
    documentError: document.firstError,
  };
}
