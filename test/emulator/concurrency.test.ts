import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { record, startTestEmulator, type TestEmulator } from './support/start.js';

describe('concurrency (Lambda Managed Instances mode)', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ concurrency: 4, timeoutSeconds: 1 });
  });
  afterAll(() => t.close());

  it('serves 4 overlapping invocations in one process', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => t.emulator.invoke({ action: 'overlap', ms: 600 })),
    );
    const bodies = results.map((result) => record(result.json()));
    expect(new Set(results.map((result) => result.requestId)).size).toBe(4);
    expect(new Set(bodies.map((body) => body.pid)).size).toBe(1);
    expect(bodies.every((body) => body.max === '4')).toBe(true);
    expect(Math.max(...bodies.map((body) => Number(body.most)))).toBe(4);
  });

  it('times one invocation out without stopping the others or the process', async () => {
    const pid = record((await t.emulator.invoke({ action: 'echo' })).json()).pid;
    const [slow, fast] = await Promise.all([
      t.emulator.invoke({ action: 'sleep', ms: 1500 }),
      t.emulator.invoke({ action: 'sleep', ms: 100 }),
    ]);
    expect(record(slow.json()).errorType).toBe('Sandbox.Timedout');
    expect(fast.json()).toEqual({ slept: 100 });
    expect(record((await t.emulator.invoke({ action: 'echo' })).json()).pid).toBe(pid);
  });
});
