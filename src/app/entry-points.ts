import { describeEntry, type HandlerEntry } from '../dispatch/handler-entry.js';

/** Set to `1` by `lambdakit dev` in the function's environment: the app then prints how to call it. */
export const DEV_ENV = 'LAMBDAKIT_DEV';
/** Set by `lambdakit dev` too: the names of the sample events `lambdakit invoke --example` knows, comma-separated. */
export const DEV_EXAMPLES_ENV = 'LAMBDAKIT_DEV_EXAMPLES';

/** An HTTP route as listings show it. */
export interface RouteLine {
  readonly method: string;
  readonly path: string;
}

/**
 * How to call each entry point of an app served by `lambdakit dev` at `runtimeApi` (`host:port`,
 * as in `AWS_LAMBDA_RUNTIME_API`): the URL of each HTTP route, and an invoke command for each
 * `@Handler`: with `--example` when one of `examples` is a sample of its event source, else with a
 * placeholder for the event class it takes.
 *
 * @example
 * ```ts
 * entryPointLines(entries, [{ method: 'GET', path: '/users/{id}' }], '127.0.0.1:9000');
 * // ["lambdakit dev: the app's entry points", '  GET    http://127.0.0.1:9000/users/{id}', …]
 * ```
 */
export function entryPointLines(
  handlers: readonly HandlerEntry[],
  routes: readonly RouteLine[],
  runtimeApi: string,
  examples: readonly string[] = [],
): string[] {
  const colon = runtimeApi.lastIndexOf(':');
  const host = runtimeApi.slice(0, colon).replace(/^\[|\]$/g, '');
  const port = runtimeApi.slice(colon + 1);
  const hostFlag = host === '127.0.0.1' ? '' : ` --host ${host}`;
  return [
    "lambdakit dev: the app's entry points",
    ...routes.map(({ method, path }) => `  ${method.padEnd(6)} http://${runtimeApi}${path}`),
    ...handlers.map((entry) => {
      const sample = entry.source && examples.includes(entry.source.name) ? entry.source.name : undefined;
      const event = sample ? `--example ${sample}` : `--data '<${entry.eventType.name} JSON>'`;
      return `  ${describeEntry(entry)}: lambdakit invoke --port ${port}${hostFlag} ${event}`;
    }),
  ];
}
