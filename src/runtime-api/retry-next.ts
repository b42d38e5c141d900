import { RuntimeApiError } from './runtime-api-error.js';

/**
 * Pauses before each new try of a `/next` that failed before any byte arrived: the first at once
 * (an idle keep-alive connection the API closed is the usual cause, and a new one just works),
 * then doubling, about 3 s in all before the runtime gives up.
 */
const RETRY_DELAYS_MS = [0, 50, 100, 200, 400, 800, 1600] as const;

/**
 * Tries `attempt` again after `failure` while each failure is a `RuntimeApiError` raised before
 * the response began (nothing was delivered). Any other failure, or the last one, is thrown: a
 * `/next` whose response had started is never repeated, since it may have handed out an
 * invocation.
 */
export async function retryNext<T>(failure: unknown, attempt: () => Promise<T>): Promise<T> {
  let last = failure;
  for (const delay of RETRY_DELAYS_MS) {
    if (!(last instanceof RuntimeApiError && last.beforeResponse)) throw last;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      return await attempt();
    } catch (error) {
      last = error;
    }
  }
  throw new RuntimeApiError(
    `invocation/next failed ${RETRY_DELAYS_MS.length + 1} times before any response arrived`,
    { cause: last },
  );
}
