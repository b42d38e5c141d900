import { describe, expect, it } from 'vitest';
import { Controller } from '../../decorators/controller.js';
import { Handler, handlersOf } from '../../decorators/handler.js';
import { entryPointLines } from '../../src/app/entry-points.js';
import { toHandlerEntry } from '../../src/dispatch/handler-entry.js';

class Ping {}

@Controller()
class Pings {
  @Handler(Ping, { validate: false })
  pong() {
    return 'pong';
  }
}

const entries = handlersOf(Pings).map((declaration) => toHandlerEntry(Pings, new Pings(), declaration));

describe('entryPointLines', () => {
  it('lists each route as a URL and each handler as an invoke command', () => {
    expect(entryPointLines(entries, [{ method: 'ANY', path: '/{proxy+}' }], '127.0.0.1:9000')).toEqual([
      "lambdakit dev: the app's entry points",
      '  ANY    http://127.0.0.1:9000/{proxy+}',
      "  Pings.pong(Ping): lambdakit invoke --port 9000 --data '<Ping JSON>'",
    ]);
  });

  it("offers a sample event when one of the examples is of the handler's event source", () => {
    const sqs = { ...entries[0]!, source: { name: 'sqs' } } as (typeof entries)[number];
    expect(entryPointLines([sqs], [], '127.0.0.1:9000', ['s3', 'sqs'])[1]).toBe(
      '  Pings.pong(Ping): lambdakit invoke --port 9000 --example sqs',
    );
  });

  it('names the host when it is not the loopback default, IPv6 included', () => {
    expect(entryPointLines(entries, [], '[::1]:9001')[1]).toBe(
      "  Pings.pong(Ping): lambdakit invoke --port 9001 --host ::1 --data '<Ping JSON>'",
    );
  });
});
