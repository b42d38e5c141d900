import { Controller, createApp, Http, type Middleware, Param, UseMiddleware } from 'lambdakit';
import { HttpRequest, UnauthorizedError } from 'lambdakit/http';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../support/fixtures.js';
import { context } from './support/context.js';
import { eventFor, ROUTABLE_SOURCES } from './support/events.js';

interface Seen {
  readonly name: string;
  readonly target: string | undefined;
  readonly rawEvent: boolean;
  readonly path: string | undefined;
  readonly params: Record<string, string> | undefined;
}

/** An app whose `@Http` routes carry class and method middleware that record what they see. */
function appWithTrail() {
  const trail: Seen[] = [];
  const mark =
    (name: string): Middleware =>
    async (inv, next) => {
      const http = inv.http instanceof HttpRequest ? inv.http : undefined;
      trail.push({
        name,
        target: inv.target && `${inv.target.controller}.${inv.target.method}`,
        rawEvent: inv.event === http?.event,
        path: http?.path,
        params: http && { ...http.params },
      });
      return next();
    };
  const wrap: Middleware = async (_inv, next) => ({ wrapped: await next() });
  const requireKey: Middleware = async (inv, next) => {
    if (inv.http instanceof HttpRequest && inv.http.headers.get('x-api-key') !== 'k') {
      throw new UnauthorizedError('an API key is required');
    }
    return next();
  };

  @Controller()
  @UseMiddleware(mark('class'))
  class Items {
    @Http('GET /items/{id}')
    @UseMiddleware(mark('method'), wrap)
    show(@Param('id') id: string) {
      return { id };
    }

    @Http('POST /items')
    @UseMiddleware(requireKey)
    create() {
      return { created: true };
    }

    @Http('DISCONNECT /$disconnect')
    @UseMiddleware(mark('method'))
    disconnect() {
      return { disconnected: true };
    }
  }
  return { app: createApp({ controllers: [Items] }), trail };
}

interface Buffered {
  statusCode: number;
  body: string;
  headers?: Record<string, string>;
}

describe.each(ROUTABLE_SOURCES)('@UseMiddleware on @Http routes, from %s', (source) => {
  it('runs class then method middleware around the route, with the raw event and the request', async () => {
    const { app, trail } = appWithTrail();
    const result = (await app.dispatch(eventFor(source, { url: '/items/7' }), context)) as Buffered;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ wrapped: { id: '7' } });
    const seen = { target: 'Items.show', rawEvent: true, path: '/items/7', params: { id: '7' } };
    expect(trail).toEqual([
      { name: 'class', ...seen },
      { name: 'method', ...seen },
    ]);
  });

  it('turns an HttpError thrown by middleware into its problem response, without calling the route', async () => {
    const { app } = appWithTrail();
    const denied = (await app.dispatch(
      eventFor(source, { method: 'POST', url: '/items' }),
      context,
    )) as Buffered;
    expect(denied.statusCode).toBe(401);
    expect(JSON.parse(denied.body)).toMatchObject({ status: 401, detail: 'an API key is required' });
    const allowed = (await app.dispatch(
      eventFor(source, { method: 'POST', url: '/items', headers: { 'x-api-key': ['k'] } }),
      context,
    )) as Buffered;
    expect(JSON.parse(allowed.body)).toEqual({ created: true });
  });
});

describe('@UseMiddleware on a WebSocket route', () => {
  it('runs around the route key handler', async () => {
    const { app, trail } = appWithTrail();
    const event = loadFixture('apigw-websocket-request-disconnect.json');
    const result = (await app.dispatch(event, context)) as Buffered;
    expect(JSON.parse(result.body)).toEqual({ disconnected: true });
    expect(trail.map((s) => [s.name, s.target, s.rawEvent, s.path])).toEqual([
      ['class', 'Items.disconnect', true, '/$disconnect'],
      ['method', 'Items.disconnect', true, '/$disconnect'],
    ]);
  });
});
