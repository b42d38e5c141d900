import { Controller, createApp, createHandler, Handler, type Middleware, UseMiddleware } from 'lambdakit';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { CreateOrder, PingEvent } from './test-events.js';

const ctx = fixedContext();

describe('middleware', () => {
  it('runs app, then class, then method middleware around the handler, and sees the target', async () => {
    const trail: string[] = [];
    const mark =
      (name: string): Middleware =>
      async (inv, next) => {
        trail.push(`${name}>${inv.target?.method ?? '?'}`);
        const result = await next();
        trail.push(`<${name}`);
        return result;
      };
    @Controller()
    @UseMiddleware(mark('class'))
    class Pings {
      @Handler(PingEvent)
      @UseMiddleware(mark('method'))
      on() {
        trail.push('handler');
        return 'pong';
      }
    }
    const app = createApp({ controllers: [Pings], middleware: [mark('option')] }).use(mark('use'));
    expect(await app.dispatch({ type: 'ping' }, ctx)).toBe('pong');
    expect(trail).toEqual([
      'option>?',
      'use>?',
      'class>on',
      'method>on',
      'handler',
      '<method',
      '<class',
      '<use',
      '<option',
    ]);
  });

  it('can replace the result, and its errors reach the caller', async () => {
    @Controller()
    class Orders {
      @Handler(CreateOrder) on() {
        return { ok: true };
      }
    }
    const wrap: Middleware = async (_inv, next) => ({ wrapped: await next() });
    const deny: Middleware = async (inv) => {
      throw new Error(`denied for ${inv.context.awsRequestId}`);
    };
    const order = { sku: 'A', qty: 1, address: { city: 'X' } };
    expect(await createApp({ controllers: [Orders], middleware: [wrap] }).dispatch(order, ctx)).toEqual({
      wrapped: { ok: true },
    });
    await expect(
      createApp({ controllers: [Orders], middleware: [deny] }).dispatch(order, ctx),
    ).rejects.toThrow(`denied for ${ctx.awsRequestId}`);
  });

  it('refuses use() after init', async () => {
    @Controller()
    class P {
      @Handler(PingEvent) on() {}
    }
    const app = createApp({ controllers: [P] });
    await app.init();
    expect(() => app.use(async (_i, next) => next())).toThrow('before the app is initialised');
  });
});

describe('createHandler, for the managed Node.js runtimes', () => {
  it('is a plain async handler(event, context), called the way the official runtime calls it', async () => {
    @Controller()
    class Pings {
      @Handler(PingEvent) on(_event: PingEvent, context: { awsRequestId: string }) {
        return { id: context.awsRequestId };
      }
    }
    const handler = createHandler(createApp({ controllers: [Pings] }));
    expect(handler.length).toBe(2);
    const result = await handler({ type: 'ping' }, fixedContext('req-1'));
    expect(result).toEqual({ id: 'req-1' });
  });
});
