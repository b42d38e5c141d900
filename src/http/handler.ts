import type { Context } from 'aws-lambda';
import { httpRoutesOf } from '../../decorators/http-routes.js';
import { paramsOf } from '../../decorators/params.js';
import { middlewareOf } from '../../decorators/use-middleware.js';
import { isRecord } from '../../events/support/guards.js';
import { NoMatchingHandlerError } from '../errors/runtime-errors.js';
import type { StreamResponse } from '../runtime/stream-response.js';
import type { HttpRequestOptions } from './adapters/fields.js';
import { ADAPTERS } from './adapters/to-http-request.js';
import { detectHttpSource, type HttpSource } from './detect-source.js';
import { type EncodeTarget, encodeResponse, type LambdaHttpResult } from './encoders/encode.js';
import { errorToResponse } from './error-response.js';
import { MethodNotAllowedError, NotFoundError } from './errors.js';
import { invokeRoute, type RouteTarget } from './invoke-route.js';
import { compose, type HttpMiddleware } from './middleware/middleware.js';
import type { HttpRequest } from './request.js';
import type { HttpResponse } from './response.js';
import { parseRouteSpec } from './router/pattern.js';
import { Router } from './router/router.js';
import { toHttpResponse } from './to-http-response.js';

/** A controller instance whose `@Http` methods become routes, optionally under a path prefix. */
export interface HttpControllerEntry {
  readonly instance: object;
  /** Prepended to each route path: `'/v1'`. @default '' */
  readonly prefix?: string;
}

/** Options of `createHttpHandler`. */
export interface HttpHandlerOptions extends HttpRequestOptions {
  readonly controllers: readonly HttpControllerEntry[];
  /** Middleware around every request, outermost first (`cors()`, `compress()`). @default [] */
  readonly middleware?: readonly HttpMiddleware[];
  /**
   * The REST API's Lambda integration uses response streaming (`responseTransferMode: STREAM`):
   * every response to a REST API event is then sent as a streaming response (status and headers
   * before 8 NUL bytes, then the body), as that integration requires; streamed bodies stream.
   * @default false
   */
  readonly streamRestApi?: boolean;
}

/** One route of an HTTP handler, for listings (the entry points `lambdakit dev` prints). */
export interface HttpRouteInfo {
  readonly method: string;
  readonly path: string;
  readonly controller: string;
  readonly handler: string;
}

/** What the dispatcher calls for HTTP events. */
export interface HttpHandler {
  /**
   * Routes one HTTP event; resolves with the encoded Lambda result or a `StreamResponse`. `source`
   * skips detection when the caller already knows it.
   */
  handle(event: unknown, context: Context, source?: HttpSource): Promise<LambdaHttpResult | StreamResponse>;
  readonly routes: readonly HttpRouteInfo[];
}

/**
 * Builds the router once (a route conflict throws `RouteConflictError` here, at init) and returns
 * the handler the dispatcher calls for every HTTP event. Route errors become problem+json
 * responses; unknown errors (an invalid response header, text its charset cannot carry) a bare 500,
 * the error logged: every event gets exactly one response.
 *
 * @example
 * ```ts
 * const http = createHttpHandler({ controllers: [{ instance: new Users(), prefix: '/v1' }], middleware: [cors()] });
 * export const handler = (event: unknown, ctx: Context) => http.handle(event, ctx);
 * ```
 */
export function createHttpHandler(options: HttpHandlerOptions): HttpHandler {
  const router = new Router<RouteTarget>();
  const routes: HttpRouteInfo[] = [];
  for (const { instance, prefix = '' } of options.controllers) {
    for (const { route, propertyKey } of httpRoutesOf(instance.constructor)) {
      const { method, path } = parseRouteSpec(route);
      const full = joinPath(prefix, path);
      router.add(`${method} ${full}`, {
        instance,
        propertyKey,
        params: paramsOf(Object.getPrototypeOf(instance), propertyKey),
        middleware: middlewareOf(instance.constructor, propertyKey),
      });
      routes.push({
        method,
        path: full,
        controller: instance.constructor.name,
        handler: String(propertyKey),
      });
    }
  }
  const middleware = options.middleware ?? [];

  const route = async (req: HttpRequest, context: Context): Promise<HttpResponse> => {
    try {
      const match = router.match(req.method, req.path);
      if (match.kind === 'not-found') throw new NotFoundError(`no route for ${req.method} ${req.path}`);
      if (match.kind === 'method-not-allowed') {
        const allow = match.allow.join(', ');
        throw new MethodNotAllowedError(`${req.method} is not allowed on ${req.path}`, {
          headers: { allow },
        });
      }
      req.params = match.params;
      return await toHttpResponse(await invokeRoute(match.value, req, context));
    } catch (error) {
      return errorToResponse(error);
    }
  };

  return {
    routes,
    async handle(event, context, detected) {
      const source = detected ?? detectHttpSource(event);
      if (!source) throw new NoMatchingHandlerError('the event is not an HTTP request');
      const target: EncodeTarget = {
        source,
        multiValue: isRecord(event) && isRecord(event.multiValueHeaders),
        restApiStreaming: options.streamRestApi === true,
      };
      let response: HttpResponse;
      try {
        const req = ADAPTERS[source](event, options);
        response =
          middleware.length === 0
            ? await route(req, context)
            : await compose(middleware, (r) => route(r, context))(req);
        if (req.method === 'HEAD') response.body = undefined;
      } catch (error) {
        response = errorToResponse(error);
      }
      try {
        return await encodeResponse(response, target);
      } catch (error) {
        // A cookie pushed past the checks, or text the declared charset cannot carry: a 500.
        return encodeResponse(errorToResponse(error), target);
      }
    },
  };
}

function joinPath(prefix: string, path: string): string {
  const parts = [prefix, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter((p) => p !== '');
  return `/${parts.join('/')}`;
}
