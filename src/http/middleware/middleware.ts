import type { HttpRequest } from '../request.js';
import type { HttpResponse } from '../response.js';

/**
 * Wraps route handling: call `next()` to run the rest of the chain (and the route), or return a
 * response without calling it. Errors thrown by routes arrive as error responses, never as throws.
 *
 * @example
 * ```ts
 * const timing: HttpMiddleware = async (req, next) => {
 *   const started = Date.now();
 *   const res = await next();
 *   return res.header('server-timing', `app;dur=${Date.now() - started}`);
 * };
 * ```
 */
export type HttpMiddleware = (req: HttpRequest, next: () => Promise<HttpResponse>) => Promise<HttpResponse>;

/**
 * Runs `middleware` in order (outermost first) around `last`.
 *
 * @example
 * ```ts
 * const run = compose([cors(), compress()], async (req) => HttpResponse.text(req.path));
 * ```
 */
export function compose(
  middleware: readonly HttpMiddleware[],
  last: (req: HttpRequest) => Promise<HttpResponse>,
): (req: HttpRequest) => Promise<HttpResponse> {
  return (req) => {
    const step = (index: number): Promise<HttpResponse> => {
      const current = middleware[index];
      return current ? current(req, () => step(index + 1)) : last(req);
    };
    return step(0);
  };
}
