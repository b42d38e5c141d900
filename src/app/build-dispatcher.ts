import type { ClassType } from '../../decorators/class-type.js';
import { controllerOf } from '../../decorators/controller.js';
import { handlersOf } from '../../decorators/handler.js';
import { httpRoutesOf, loadHttpLayer } from '../../decorators/http-routes.js';
import type { Container } from '../container/container.js';
import { Dispatcher, type HttpRoutes } from '../dispatch/dispatcher.js';
import { type HandlerEntry, toHandlerEntry } from '../dispatch/handler-entry.js';
import type { Middleware } from '../dispatch/middleware.js';
import { loadTransform } from '../dispatch/pipeline.js';
import { HandlerSelector } from '../dispatch/select-handler.js';
import { InitError } from '../errors/runtime-errors.js';
import { loadDetectSource } from '../lazy-modules.js';
import type { AppOptions } from './app-options.js';
import { DEV_ENV, DEV_EXAMPLES_ENV, entryPointLines, type RouteLine } from './entry-points.js';

/**
 * Builds an app's dispatcher at init: the controllers (from the app's container), the handler table,
 * and the HTTP router when a controller has `@Http` routes (HTTP code is loaded only then).
 */
export async function buildDispatcher(
  options: AppOptions,
  middleware: readonly Middleware[],
  container: Container,
): Promise<Dispatcher> {
  const transform = loadTransform();
  for (const type of options.controllers) {
    if (!controllerOf(type))
      throw new InitError(`${type.name} is listed in controllers but is not a @Controller()`);
  }
  const entries: HandlerEntry[] = [];
  const httpControllers: { instance: object; prefix?: string }[] = [];
  for (const type of options.controllers) {
    const instance = (await container.get(type)) as object;
    entries.push(...handlersOf(type).map((declaration) => toHandlerEntry(type, instance, declaration)));
    if (httpRoutesOf(type).length > 0) httpControllers.push({ instance, prefix: controllerOf(type)?.prefix });
  }
  if (entries.length === 0 && httpControllers.length === 0) {
    throw new InitError(`no @Handler or @Http method in ${names(options.controllers)}`);
  }
  const http = httpControllers.length > 0 ? await loadHttp(options, httpControllers) : undefined;
  const runtimeApi = process.env.AWS_LAMBDA_RUNTIME_API;
  if (process.env[DEV_ENV] === '1' && runtimeApi) {
    const examples = process.env[DEV_EXAMPLES_ENV]?.split(',') ?? [];
    process.stdout.write(`${entryPointLines(entries, http?.list ?? [], runtimeApi, examples).join('\n')}\n`);
  }
  return new Dispatcher(new HandlerSelector(entries), middleware, await transform, http?.routes);
}

async function loadHttp(
  options: AppOptions,
  controllers: { instance: object; prefix?: string }[],
): Promise<{ routes: HttpRoutes; list: readonly RouteLine[] }> {
  // The router alone, not the HTTP index: its local bridge and compression middleware import
  // node:crypto and node:zlib, which a bundle would load at start-up for every function. Only
  // `@Http` refers to it (see loadHttpLayer): a bundle without routes leaves it out.
  const [{ createHttpHandler }, { detectHttpSource }] = await Promise.all([
    loadHttpLayer() as Promise<typeof import('../http/handler.js')>,
    loadDetectSource(),
  ]);
  const handler = createHttpHandler({ ...options.http, controllers });
  const routes: HttpRoutes = {
    route(event, context) {
      const source = detectHttpSource(event);
      return source ? handler.handle(event, context, source) : undefined;
    },
  };
  return { routes, list: handler.routes };
}

function names(types: readonly ClassType[]): string {
  return types.map((type) => type.name).join(', ') || 'no controllers';
}
