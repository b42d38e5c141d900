import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-io.js';

/** Handles one matched request; `params` holds the `{name}` segments of the route. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  params: Readonly<Record<string, string>>,
) => void | Promise<void>;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: RouteHandler;
}

/**
 * The one place requests are routed. Each API (Runtime, Invoke, and later Extensions, Telemetry,
 * an HTTP front) adds its routes here; templates use `{name}` for one path segment.
 */
export class Router {
  private readonly routes: Route[] = [];
  private fallbackRoute: { handler: RouteHandler; reserved: readonly string[] } | undefined;

  add(method: string, template: string, handler: RouteHandler): this {
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return name ? `(?<${name}>[^/]+)` : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      })
      .join('');
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), handler });
    return this;
  }

  /**
   * Takes every request no route matches, except paths under a `reserved` prefix (the Lambda APIs'
   * own namespaces), which keep their 404/405 answers.
   */
  fallback(handler: RouteHandler, reserved: readonly string[]): this {
    this.fallbackRoute = { handler, reserved };
    return this;
  }

  /** Routes a request; unknown paths get 404 (or the fallback), known paths with another method 405. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      dispatch(route.handler, req, res, () => decodeParams(match.groups));
      return;
    }
    const fallback = this.fallbackRoute;
    if (fallback && !fallback.reserved.some((prefix) => path.startsWith(prefix))) {
      dispatch(fallback.handler, req, res, () => ({}));
      return;
    }
    if (pathMatched)
      sendJson(res, 405, { errorType: 'MethodNotAllowed', errorMessage: `${req.method} ${path}` });
    else sendJson(res, 404, { errorType: 'NotFound', errorMessage: `no route for ${req.method} ${path}` });
  }
}

function dispatch(
  handler: RouteHandler,
  req: IncomingMessage,
  res: ServerResponse,
  params: () => Readonly<Record<string, string>>,
): void {
  // Params decode inside the chain: a malformed escape becomes a 500, not a thrown listener.
  Promise.resolve()
    .then(() => handler(req, res, params()))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, 500, { errorType: 'ServiceException', errorMessage: message });
    });
}

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
  );
}
