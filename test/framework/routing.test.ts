import { Controller, createApp, EventValidationError, Handler, NoMatchingHandlerError } from 'lambdakit';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { Address, CreateOrder, PingEvent, SpecialPingEvent } from './test-events.js';

@Controller()
class Multi {
  @Handler(PingEvent)
  ping(event: PingEvent) {
    return { handled: 'ping', isInstance: event instanceof PingEvent };
  }

  @Handler(SpecialPingEvent)
  special(event: SpecialPingEvent) {
    return { handled: 'special', special: event.special };
  }

  @Handler(CreateOrder)
  create(order: CreateOrder) {
    return { handled: 'order', nested: order.address instanceof Address, qty: order.qty };
  }
}

const app = createApp({ controllers: [Multi] });
const ctx = fixedContext();

describe('the dispatcher routes each event to its handler', () => {
  it('detects the event type and passes a transformed instance', async () => {
    expect(await app.dispatch({ type: 'ping' }, ctx)).toEqual({ handled: 'ping', isInstance: true });
  });

  it('prefers the more specific detector, whatever the declaration order', async () => {
    expect(await app.dispatch({ type: 'ping', special: true }, ctx)).toEqual({
      handled: 'special',
      special: true,
    });
  });

  it('sends JSON no detector claims to the plain DTO handler, transformed with nested classes', async () => {
    const order = { sku: 'A-1', qty: 2, address: { city: 'Lyon' } };
    expect(await app.dispatch(order, ctx)).toEqual({ handled: 'order', nested: true, qty: 2 });
  });

  it('does not call the method when validation fails, and names every failing path', async () => {
    const error = await app.dispatch({ sku: 7, qty: 0, address: { city: 3 } }, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    const details = (error as EventValidationError).details;
    expect(details.map((d) => d.path).sort()).toEqual(['address.city', 'qty', 'sku']);
    expect(details.find((d) => d.path === 'qty')?.constraints).toHaveProperty('min');
    expect((error as EventValidationError).errorType).toBe('Runtime.EventValidationError');
    expect((error as Error).message).toContain('CreateOrder is invalid: ');
  });

  it('reports an event no handler accepts with the expected sources', async () => {
    @Controller()
    class OnlyPing {
      @Handler(PingEvent) ping() {}
    }
    const error = await createApp({ controllers: [OnlyPing] })
      .dispatch({ type: 'pong' }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoMatchingHandlerError);
    expect((error as Error).message).toContain('expected one of: ping');
  });

  it('rejects, never throws, for an event no handler accepts once the app is built', async () => {
    @Controller()
    class OnlyPing {
      @Handler(PingEvent) ping() {}
    }
    const built = createApp({ controllers: [OnlyPing] });
    await built.init();
    let answer: Promise<unknown> | undefined;
    expect(() => {
      answer = built.dispatch({ type: 'pong' }, ctx);
    }).not.toThrow();
    await expect(answer).rejects.toBeInstanceOf(NoMatchingHandlerError);
  });

  it('rejects a JSON value that is not an object for a DTO handler', async () => {
    const error = await app.dispatch([1, 2], ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    expect((error as EventValidationError).details[0]?.constraints.isObject).toContain('an array');
  });
});

describe('unknown properties', () => {
  it('keeps them by default, strips them with whitelist, rejects them with forbidUnknown', async () => {
    @Controller()
    class Keep {
      @Handler(CreateOrder) on(order: CreateOrder) {
        return Object.keys(order).sort();
      }
    }
    @Controller()
    class Strip {
      @Handler(CreateOrder, { whitelist: true }) on(order: CreateOrder) {
        return Object.keys(order).sort();
      }
    }
    @Controller()
    class Forbid {
      @Handler(CreateOrder, { forbidUnknown: true }) on() {
        return 'called';
      }
    }
    const order = { sku: 'A', qty: 1, address: { city: 'X' }, extra: true };
    expect(await createApp({ controllers: [Keep] }).dispatch(order, ctx)).toEqual([
      'address',
      'extra',
      'qty',
      'sku',
    ]);
    expect(await createApp({ controllers: [Strip] }).dispatch(order, ctx)).toEqual(['address', 'qty', 'sku']);
    const error = await createApp({ controllers: [Forbid] })
      .dispatch(order, ctx)
      .catch((e: unknown) => e);
    expect((error as EventValidationError).details).toEqual([
      { path: 'extra', constraints: { whitelistValidation: 'property extra should not exist' } },
    ]);
  });
});
