import { failInit } from './init-error.js';

const onUncaught = (error: unknown) => void failInit(error);
let armed = false;

/**
 * Until the invocation loop starts, an exception nothing catches (a function module that throws at
 * top level after importing lambdakit, a failed top-level await, a rejected promise no one awaits)
 * is an init failure: it goes to `/runtime/init/error` and the process exits non-zero, instead of
 * Node printing it and Lambda seeing only a crash.
 *
 * Armed when lambdakit's runtime loads in a custom runtime: `AWS_LAMBDA_RUNTIME_API` set, not the
 * managed Node.js runtime, and no `uncaughtException` listener yet (the official runtime client,
 * in a container image too, installs its own before it loads the function, and reports init
 * failures itself).
 */
export function armInitGuard(): void {
  const env = process.env;
  if (armed || !env.AWS_LAMBDA_RUNTIME_API || env.AWS_EXECUTION_ENV?.startsWith('AWS_Lambda_nodejs')) return;
  if (process.listenerCount('uncaughtException') > 0) return;
  armed = true;
  process.on('uncaughtException', onUncaught);
}

/** Called by `run()` when the loop starts: its own fatal-error handling takes over. */
export function disarmInitGuard(): void {
  if (!armed) return;
  armed = false;
  process.off('uncaughtException', onUncaught);
}
