/** Callback-style handlers `(event, context, callback)`, as the managed Node.js runtimes take them. */
import type { HandlerCallback, LambdaContext } from 'lambdakit';

export class OrderNotFound extends Error {}

export const result = (_event: unknown, _context: LambdaContext, callback: HandlerCallback) => {
  setImmediate(() => callback(null, { via: 'callback' }));
};

export const error = (_event: unknown, _context: LambdaContext, callback: HandlerCallback) => {
  callback(new OrderNotFound('order 7 does not exist'));
};

export const errorString = (_event: unknown, _context: LambdaContext, callback: HandlerCallback) => {
  callback('plain failure');
};

export const twice = (_event: unknown, _context: LambdaContext, callback: HandlerCallback) => {
  callback(null, 'first');
  callback(null, 'second');
  callback(new Error('too late'));
};

export const syncThrow = (_event: unknown, _context: LambdaContext, _callback: HandlerCallback) => {
  throw new TypeError('thrown before the callback');
};

/** Answers through its promise and leaves work behind: a promise answer never waits for it. */
export const promiseWins = async (_event: unknown, _context: LambdaContext, _callback: HandlerCallback) => {
  setTimeout(() => {}, 60_000);
  return 'returned';
};

let pendingWorkDone = false;

/**
 * Answers, then leaves work on the event loop. The next invocation reports whether that work ran
 * before it: with callbackWaitsForEmptyEventLoop it must have.
 */
export const leavesWork = (event: { wait: boolean }, context: LambdaContext, callback: HandlerCallback) => {
  context.callbackWaitsForEmptyEventLoop = event.wait;
  const before = pendingWorkDone;
  pendingWorkDone = false;
  callback(null, { pendingWorkDoneBefore: before });
  setTimeout(
    () => {
      pendingWorkDone = true;
      console.log('pending work done');
    },
    event.wait ? 300 : 60_000,
  );
};

/** Never calls its callback and returns no promise: nothing will ever answer. */
export const forgets = (_event: unknown, _context: LambdaContext, _callback: HandlerCallback) => {};
