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

  /** Routes a request; unknown paths get 404, known paths with another method 405. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      Promise.resolve()
        .then(() => route.handler(req, res, decodeParams(match.groups)))
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          sendJson(res, 500, { errorType: 'ServiceException', errorMessage: message });
        });
      return;
    }
    if (pathMatched)
      sendJson(res, 405, { errorType: 'MethodNotAllowed', errorMessage: `${req.method} ${path}` });
    else sendJson(res, 404, { errorType: 'NotFound', errorMessage: `no route for ${req.method} ${path}` });
  }
}

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
  );
}
