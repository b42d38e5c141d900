/** Handlers that fail in every way the runtime must survive. Each is its own export. */

export class OrderNotFound extends Error {}

export const throws = async () => {
  throw new OrderNotFound('order 42 does not exist');
};

export const throwsString = async () => {
  throw 'plain string';
};

export const cyclic = async () => {
  const value: { self?: unknown } = {};
  value.self = value;
  return value;
};

export const bigint = async () => ({ n: 10n });

export const big = async (event: { bytes: number }) => 'x'.repeat(event.bytes);

export const syncThrow = () => {
  throw new TypeError('sync failure');
};

export const legacySucceed = (_event: unknown, context: { succeed(v: unknown): void }) => {
  context.succeed({ via: 'succeed' });
  return new Promise(() => {});
};

export const unhandled = async () => {
  setTimeout(() => Promise.reject(new RangeError('escaped the handler')), 5);
  return new Promise(() => {});
};

export const neverSettles = async () => new Promise(() => {});
