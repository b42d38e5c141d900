import { Readable } from 'node:stream';
import type { LambdaContext } from 'lambdakit';

/**
 * One handler for the fault-injection suite: `event.fault` picks how it misbehaves, so a single
 * process meets every fault in turn and must go on serving. Without a fault it echoes the event.
 */
export interface FaultEvent {
  readonly fault?: keyof typeof faults;
  readonly tag?: string;
}

class OrderNotFound extends Error {}

const faults = {
  throwObject: () => {
    throw { code: 42, reason: 'not an Error' };
  },
  /** No prototype and a cycle: JSON.stringify and String both throw on it. */
  throwUnprintable: () => {
    const value = Object.create(null) as Record<string, unknown>;
    value.self = value;
    throw value;
  },
  /** Every trap throws: even `instanceof` and Object.prototype.toString fail. */
  throwProxy: () => {
    const fail = () => {
      throw new Error('trap');
    };
    throw new Proxy({}, { get: fail, getPrototypeOf: fail, has: fail, ownKeys: fail });
  },
  /** An Error whose name, message and stack throw when read. */
  throwHostileError: () => {
    const error = new OrderNotFound('hidden');
    for (const key of ['stack', 'message', 'name']) {
      Object.defineProperty(error, key, {
        get() {
          throw new Error(`cannot read ${key}`);
        },
      });
    }
    throw error;
  },
  /** A name with CR/LF would break the error-type header if sent as it is. */
  throwBadName: () => {
    const error = new Error('bad name');
    error.name = 'Bad\r\nName';
    throw error;
  },
  rejectUndefined: () => Promise.reject(undefined),
  returnCycle: () => {
    const value: { self?: unknown } = {};
    value.self = value;
    return value;
  },
  returnBigInt: () => ({ n: 10n }),
  returnThrowingToJSON: () => ({
    toJSON() {
      throw Object.create(null);
    },
  }),
  return7MB: () => 'x'.repeat(7 * 1024 * 1024),
  eventSize: (event: unknown) => JSON.stringify(event).length,
  /** Keeps running past the deadline (a timer keeps the event loop busy), never answers. */
  hang: async (_event: unknown, context: LambdaContext) => {
    await new Promise((resolve) => setTimeout(resolve, context.getRemainingTimeInMillis() + 50));
    console.log(`past the deadline of ${context.awsRequestId}`);
    setInterval(() => {}, 60_000);
    return new Promise(() => {});
  },
  unhandledRejection: () => {
    setImmediate(() => Promise.reject(new RangeError('escaped the handler')));
    return new Promise(() => {});
  },
  /** An unhandled rejection whose reason cannot be turned into text. */
  unhandledUnprintable: () => {
    const reason = Object.create(null) as Record<string, unknown>;
    reason.self = reason;
    setImmediate(() => Promise.reject(reason));
    return new Promise(() => {});
  },
  exit: () => process.exit(3),
  streamErrorAtOnce: () =>
    new Readable({
      read() {
        this.destroy(new TypeError('the source failed before its first byte'));
      },
    }),
  streamErrorMidway: () =>
    Readable.from(
      (async function* () {
        yield 'first;';
        throw new RangeError('the source failed midway');
      })(),
    ),
};

export const handler = (event: FaultEvent, context: LambdaContext) => {
  const fault = event.fault ? faults[event.fault] : undefined;
  return fault ? fault(event, context) : { tag: event.tag, requestId: context.awsRequestId };
};
