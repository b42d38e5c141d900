import type { Context } from 'aws-lambda';
import { callMethod } from './call-method.js';
import type { HandlerEntry } from './handler-entry.js';
import { compose, type Middleware, type MiddlewareInvocation } from './middleware.js';
import type { Transform } from './pipeline.js';
import { runPerRecord } from './run-per-record.js';
import type { HandlerSelector } from './select-handler.js';

/** The HTTP side of an app: routes `@Http` methods (built by `lambdakit/http`). */
export interface HttpRoutes {
  /** Routes the event when it is an HTTP request; undefined when it is not one. */
  route(event: unknown, context: Context): Promise<unknown> | undefined;
}

/**
 * Routes each event to its controller method: app middleware around everything, then the chosen
 * method's class and method middleware, then transform + validate + call (or per-record batch
 * processing). HTTP requests go to the router when the app has routes.
 */
export class Dispatcher {
  constructor(
    private readonly selector: HandlerSelector,
    private readonly middleware: readonly Middleware[],
    private readonly transform: Transform,
    private readonly http: HttpRoutes | undefined,
  ) {}

  dispatch(event: unknown, context: Context): Promise<unknown> {
    const invocation: MiddlewareInvocation = { event, context };
    return compose(this.middleware, invocation, () => this.#route(invocation));
  }

  #route(invocation: MiddlewareInvocation): Promise<unknown> {
    const { event, context } = invocation;
    const http = this.http?.route(event, context);
    if (http) return http;
    const entry = this.selector.select(event);
    invocation.target = { controller: entry.controller, method: String(entry.key) };
    return compose(entry.middleware, invocation, () => this.#execute(entry, event, context));
  }

  async #execute(entry: HandlerEntry, event: unknown, context: Context): Promise<unknown> {
    if (entry.options.perRecord) return runPerRecord(entry, event, context, this.transform);
    const typed = await this.transform(entry.eventType, event, entry.options);
    return callMethod(entry.instance, entry.key, entry.params, { event: typed, context }, [typed, context]);
  }
}
