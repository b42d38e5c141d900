import { afterEach } from 'vitest';
import { bundleTestFunction, type FunctionProcess, startFunction } from './function-process.js';
import { MockRuntimeApi } from './mock-runtime-api.js';

/** Starts a handler of test/functions/<name>.ts against its own mock Runtime API. */
export type StartOnMockApi = (
  name: string,
  handler?: string,
  env?: Record<string, string>,
) => Promise<{ api: MockRuntimeApi; fn: FunctionProcess }>;

/** Call in a test file: what the returned function starts is stopped after each test. */
export function functionsOnMockApi(): StartOnMockApi {
  const running: { api: MockRuntimeApi; fn: FunctionProcess }[] = [];
  afterEach(async () => {
    for (const { api, fn } of running.splice(0)) {
      await fn.stop();
      await api.close();
    }
  });
  return async (name, handler = 'handler', env = {}) => {
    const api = await MockRuntimeApi.start();
    const fn = startFunction(await bundleTestFunction(name, handler), api.address, env);
    running.push({ api, fn });
    return { api, fn };
  };
}
