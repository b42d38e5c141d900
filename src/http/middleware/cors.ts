import { HttpResponse } from '../response.js';
import type { HttpMiddleware } from './middleware.js';

/** Options of `cors()`. */
export interface CorsOptions {
  /**
   * Allowed origins: `'*'`, one origin, a list, or a predicate. With `credentials`, `'*'` echoes the
   * request's origin (browsers refuse `*` with credentials).
   * @default '*'
   */
  readonly origin?: string | readonly string[] | ((origin: string) => boolean);
  /** Methods a preflight allows. @default ['GET','HEAD','PUT','PATCH','POST','DELETE'] */
  readonly allowMethods?: readonly string[];
  /** Request headers a preflight allows. @default the preflight's Access-Control-Request-Headers */
  readonly allowHeaders?: readonly string[];
  /** Response headers scripts may read. @default [] */
  readonly exposeHeaders?: readonly string[];
  /** Send `Access-Control-Allow-Credentials: true`. @default false */
  readonly credentials?: boolean;
  /** Seconds a preflight may be cached. @default undefined (not sent) */
  readonly maxAge?: number;
}

const DEFAULT_CORS = {
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
  exposeHeaders: [],
  credentials: false,
} as const;

/**
 * CORS headers on every response, and preflight requests (`OPTIONS` with
 * `Access-Control-Request-Method`) answered with 204 before routing.
 *
 * @example
 * ```ts
 * createHttpHandler({ controllers, middleware: [cors({ origin: ['https://app.example'], credentials: true })] });
 * ```
 */
export function cors(options: CorsOptions = {}): HttpMiddleware {
  const config = { ...DEFAULT_CORS, ...options };
  return async (req, next) => {
    const origin = req.headers.get('origin');
    const allowed = origin === null ? undefined : allowedOrigin(config.origin, origin, config.credentials);
    const preflight = req.method === 'OPTIONS' && req.headers.has('access-control-request-method');
    const res = preflight ? HttpResponse.noContent() : await next();
    if (allowed === undefined) return res;
    // `header()` checks each value: an option holding CR/LF fails as InvalidResponseHeaderError.
    res.header('access-control-allow-origin', allowed);
    if (allowed !== '*') res.headers.append('vary', 'Origin');
    if (config.credentials) res.headers.set('access-control-allow-credentials', 'true');
    if (preflight) {
      res.header('access-control-allow-methods', config.allowMethods.join(', '));
      const headers = options.allowHeaders?.join(', ') ?? req.headers.get('access-control-request-headers');
      if (headers) res.header('access-control-allow-headers', headers);
      if (config.maxAge !== undefined) res.header('access-control-max-age', String(config.maxAge));
    } else if (config.exposeHeaders.length > 0) {
      res.header('access-control-expose-headers', config.exposeHeaders.join(', '));
    }
    return res;
  };
}

function allowedOrigin(
  rule: CorsOptions['origin'],
  origin: string,
  credentials: boolean,
): string | undefined {
  if (rule === '*' || rule === undefined) return credentials ? origin : '*';
  if (typeof rule === 'string') return rule === origin ? origin : undefined;
  if (typeof rule === 'function') return rule(origin) ? origin : undefined;
  return rule.includes(origin) ? origin : undefined;
}
