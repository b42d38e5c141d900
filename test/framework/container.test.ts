import {
  CircularDependencyError,
  Controller,
  createApp,
  Handler,
  InitError,
  Inject,
  Injectable,
  MissingDependencyError,
} from 'lambdakit';
import { describe, expect, it } from 'vitest';
import { fixedContext } from '../support/context.js';
import { CreateOrder, PingEvent, QueueEvent } from './test-events.js';

const ctx = fixedContext();
const order = { sku: 'A', qty: 1, address: { city: 'X' } };

@Injectable()
class Clock {
  now() {
    return 1_700_000_000_000;
  }
}

@Injectable()
class Repo {
  static built = 0;
  constructor(
    readonly clock: Clock,
    @Inject('TABLE') readonly table: string,
  ) {
    Repo.built += 1;
  }
}

class Mailer {
  constructor(readonly sender: string) {}
}

describe('the container', () => {
  it('builds each dependency once and injects it by emitted type, @Inject token and factory', async () => {
    @Controller()
    class Orders {
      constructor(
        readonly repo: Repo,
        readonly mailer: Mailer,
      ) {}
      @Handler(CreateOrder) on() {
        return { table: this.repo.table, now: this.repo.clock.now(), sender: this.mailer.sender };
      }
    }
    @Controller()
    class Pings {
      constructor(readonly repo: Repo) {}
      @Handler(PingEvent) on() {
        return this.repo;
      }
    }
    Repo.built = 0;
    const app = createApp({
      controllers: [Orders, Pings],
      providers: [
        { provide: 'TABLE', useValue: 'orders' },
        {
          provide: Mailer,
          useFactory: async (repo: Repo) => new Mailer(`noreply@${repo.table}`),
          inject: [Repo],
        },
      ],
    });
    expect(await app.dispatch(order, ctx)).toEqual({
      table: 'orders',
      now: 1_700_000_000_000,
      sender: 'noreply@orders',
    });
    const pinged = await app.dispatch({ type: 'ping' }, ctx);
    expect(pinged).toBeInstanceOf(Repo);
    expect(Repo.built).toBe(1);
  });

  it('substitutes a class with useClass', async () => {
    class FixedClock extends Clock {
      override now() {
        return 5;
      }
    }
    @Controller()
    class Times {
      constructor(readonly clock: Clock) {}
      @Handler(CreateOrder) on() {
        return this.clock.now();
      }
    }
    const app = createApp({ controllers: [Times], providers: [{ provide: Clock, useClass: FixedClock }] });
    expect(await app.dispatch(order, ctx)).toBe(5);
  });

  it('names the whole chain of a missing dependency', async () => {
    @Controller()
    class NeedsRepo {
      constructor(readonly repo: Repo) {}
      @Handler(CreateOrder) on() {}
    }
    const error = await createApp({ controllers: [NeedsRepo] })
      .init()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect((error as InitError).errorType).toBe('Runtime.InitError');
    expect((error as Error).message).toBe(
      'no provider for TABLE (needed by NeedsRepo → Repo): add a provider for it',
    );
  });

  it('names the circle of a circular dependency', async () => {
    @Injectable()
    class A {
      constructor(@Inject('B') readonly b: unknown) {}
    }
    @Controller()
    class Root {
      constructor(readonly a: A) {}
      @Handler(CreateOrder) on() {}
    }
    const error = await createApp({
      controllers: [Root],
      providers: [{ provide: 'B', useFactory: (a: A) => a, inject: [A] }],
    })
      .init()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircularDependencyError);
    expect((error as Error).message).toBe('circular dependency: A → B → A');
  });
});

describe('init errors', () => {
  it.each([
    [
      'a class that is not a controller',
      () => {
        class Plain {}
        return [Plain];
      },
      'Plain is listed in controllers but is not a @Controller()',
    ],
    [
      'two handlers that accept any JSON',
      () => {
        class Other {}
        @Controller()
        class Two {
          @Handler(CreateOrder) a() {}
          @Handler(Other) b() {}
        }
        return [Two];
      },
      'more than one handler accepts any JSON (Two.a(CreateOrder), Two.b(Other))',
    ],
    [
      'two handlers for one event class',
      () => {
        @Controller()
        class Dup {
          @Handler(PingEvent) a() {}
          @Handler(PingEvent) b() {}
        }
        return [Dup];
      },
      'PingEvent has two handlers: Dup.a(PingEvent) and Dup.b(PingEvent)',
    ],
    [
      'perRecord on a source without records',
      () => {
        @Controller()
        class Wrong {
          @Handler(PingEvent, { perRecord: true }) a() {}
        }
        return [Wrong];
      },
      'Wrong.a: perRecord needs a batch event source',
    ],
    [
      'a controller without handlers',
      () => {
        @Controller()
        class Empty {}
        return [Empty];
      },
      'no @Handler or @Http method in Empty',
    ],
  ])('rejects %s', async (_name, controllers, message) => {
    const error = await createApp({ controllers: controllers() })
      .init()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InitError);
    expect((error as Error).message).toContain(message);
  });

  it('accepts a per-record handler on a batch source', async () => {
    @Controller()
    class Fine {
      @Handler(QueueEvent, { perRecord: true }) a() {}
    }
    await expect(createApp({ controllers: [Fine] }).init()).resolves.toBeUndefined();
  });
});
