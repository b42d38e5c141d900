import { RuntimeApiClient } from '../runtime-api/runtime-api-client.js';
import { toErrorPayload } from './error-payload.js';
import { USER_AGENT } from './version.js';

let failing: Promise<never> | undefined;

/**
 * Reports a failure before the loop started (module import, app construction) to
 * `/runtime/init/error`, then exits non-zero, as Lambda expects. Only the first failure is
 * reported: later calls wait for the same exit.
 */
export function failInit(error: unknown): Promise<never> {
  failing ??= report(error);
  return failing;
}

async function report(error: unknown): Promise<never> {
  const payload = toErrorPayload(error);
  console.error(`Init Error ${JSON.stringify(payload)}`);
  const address = process.env.AWS_LAMBDA_RUNTIME_API;
  if (address) {
    try {
      await new RuntimeApiClient(address, USER_AGENT).initError(payload);
    } catch (reportError) {
      console.error('lambdakit: could not report the init error', reportError);
    }
  }
  process.exit(1);
}
