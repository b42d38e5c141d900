import { afterEach } from 'vitest';
import type { BundleOptions } from '../../src/build/bundle-function.js';
import { bundleTestFunction, type FunctionProcess, startFunction } from './function-process.js';
import { MockRuntimeApi, type MockRuntimeApiOptions } from './mock-runtime-api.js';

/** How a function is bundled and what its mock Runtime API does. */
export interface StartOptions extends Pick<BundleOptions, 'target' | 'wrap'> {
  readonly api?: MockRuntimeApiOptions;
}

/**
 * Starts a handler of test/functions/<name>.ts against its own mock Runtime API (`wrap: false`:
 * the module is a program that starts the loop itself).
 */
export type StartOnMockApi = (
  name: string,
  handler?: string,
  env?: Record<string, string>,
  options?: StartOptions,
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
  return async (name, handler = 'handler', env = {}, { api: apiOptions, ...bundle } = {}) => {
    const api = await MockRuntimeApi.start(apiOptions);
    const fn = startFunction(await bundleTestFunction(name, handler, bundle), api.address, env);
    running.push({ api, fn });
    return { api, fn };
  };
}
