import { type LambdaContext, onShutdown } from 'lambdakit';

onShutdown(async () => {
  await new Promise((r) => setTimeout(r, 10));
  console.log('shutdown hook ran');
});

export const handler = async () => 'ready';

/** Resolves when the context's signal aborts shortly before the deadline. */
export const waitForAbort = async (_event: unknown, context: LambdaContext) => {
  await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
  return { aborted: context.signal.aborted, remaining: context.getRemainingTimeInMillis() };
};

export const logs = async () => {
  console.debug('debug line');
  console.info('info line');
  console.warn('warn line');
  console.error('failed:', new TypeError('bad input'));
  return 'logged';
};

/** Logs values of each kind, to check the JSON and Text formats keep one call to one record. */
export const structuredLogs = async () => {
  console.log({ a: 1, nested: { b: [2] } });
  console.log('first line\nsecond line');
  console.warn(new RangeError('out of range'));
  console.info('count', { n: 2 });
  const cyclic: { self?: unknown } = {};
  cyclic.self = cyclic;
  console.info(cyclic);
  console.info('last');
  return 'logged';
};
