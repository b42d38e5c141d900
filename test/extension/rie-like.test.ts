import { afterEach, expect, it } from 'vitest';
import { type FunctionProcess, startFunction } from '../support/function-process.js';
import { MockRuntimeApi } from '../support/mock-runtime-api.js';
import { bundleTestFunction } from './support/bundles.js';

/**
 * AWS's Runtime Interface Emulator (which cannot be fetched here) has the Extensions API with
 * INVOKE only and no Telemetry API. The mock Runtime API behaves the same, so this is the app with
 * an internal extension and a telemetry processor as it runs there.
 */
const running: { api: MockRuntimeApi; fn: FunctionProcess }[] = [];
afterEach(async () => {
  for (const { api, fn } of running.splice(0)) {
    await fn.stop();
    await api.close();
  }
});

it('runs where the Extensions API has only INVOKE and the Telemetry API is absent', {
  timeout: 120_000,
}, async () => {
  const api = await MockRuntimeApi.start();
  const fn = startFunction(await bundleTestFunction('app-with-extension'), api.address);
  running.push({ api, fn });

  const first = await api.invoke({ name: 'a' });
  expect(first.kind).toBe('response');
  expect(first.json()).toMatchObject({ pong: 'a' });
  await fn.waitForOutput(new RegExp(`audit INVOKE ${first.requestId} arn:aws:lambda:`));
  await fn.waitForOutput(/audit: no telemetry API here \(.*404.*\); onTelemetry will not be called/);
  expect(api.extensionRegistrations.map(({ name, body }) => [name, body])).toEqual([
    ['audit', { events: ['INVOKE'] }],
    ['lambdakit-shutdown', { events: [] }],
  ]);

  const second = await api.invoke({ name: 'b' });
  expect(second.json()).toMatchObject({
    pong: 'b',
    auditedBefore: expect.arrayContaining([first.requestId]),
  });
  expect(api.answersFor(first.requestId) + api.answersFor(second.requestId)).toBe(2);
});
