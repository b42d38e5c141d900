import { Controller, createApp, Handler, Http, Param } from 'lambdakit';
import { describe, expect, it } from 'vitest';
import { eventFor } from '../http/support/events.js';
import { fixedContext } from '../support/context.js';
import { PingEvent } from './test-events.js';

@Controller({ prefix: '/orders' })
class Orders {
  @Http('GET /{id}')
  get(@Param('id') id: string) {
    return { id };
  }

  @Handler(PingEvent)
  ping() {
    return 'pong';
  }
}

describe('an app with @Http routes and @Handler methods', () => {
  const app = createApp({ controllers: [Orders] });
  const ctx = fixedContext();

  it('routes HTTP requests through the router, with the controller prefix', async () => {
    const result = (await app.dispatch(eventFor('apigw-v2', { url: '/orders/42' }), ctx)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ id: '42' });
  });

  it('answers an unknown path with a 404 problem', async () => {
    const result = (await app.dispatch(eventFor('alb', { url: '/nope' }), ctx)) as {
      statusCode: number;
      body: string;
    };
    expect(result.statusCode).toBe(404);
    expect(JSON.parse(result.body)).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('sends other events to their handlers', async () => {
    expect(await app.dispatch({ type: 'ping' }, ctx)).toBe('pong');
  });
});
