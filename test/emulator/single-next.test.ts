import { afterEach, describe, expect, it } from 'vitest';
import { record, startTestEmulator, type TestEmulator } from './support/start.js';

/** Issue 11: the emulator must hold a runtime to Lambda's rules, not only serve a polite one. */
describe('the emulator holds the runtime to Lambda rules', () => {
  let t: TestEmulator | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('at concurrency 1 hands out one invocation at a time, even to a runtime that polls twice', async () => {
    // Two pollers in one process while the emulator runs one invocation at a time.
    t = await startTestEmulator({ concurrency: 1, env: { AWS_LAMBDA_MAX_CONCURRENCY: '2' } });
    const results = await Promise.all([
      t.emulator.invoke({ action: 'overlap', ms: 300 }),
      t.emulator.invoke({ action: 'overlap', ms: 300 }),
    ]);
    expect(results.map((result) => record(result.json()).most)).toEqual([1, 1]);
  });

  it('listens on 127.0.0.1 unless told otherwise', async () => {
    t = await startTestEmulator();
    expect(new URL(t.emulator.url).hostname).toBe('127.0.0.1');
  });

  it('answers an invoke payload over 6 MB with 413 RequestTooLargeException, as the Lambda Invoke API does', async () => {
    t = await startTestEmulator();
    const res = await fetch(`${t.emulator.url}/2015-03-31/functions/function/invocations`, {
      method: 'POST',
      body: JSON.stringify({ blob: 'x'.repeat(6 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('x-amzn-errortype')).toBe('RequestTooLargeException');
    expect(record(await res.json()).Type).toBe('User');
  });
});
