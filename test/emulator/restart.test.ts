import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { functionDir, VERSATILE_FUNCTION } from './support/functions.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

/** The versatile function, after an init that takes 300 ms and counts itself in INIT_COUNTER. */
const SLOW_INIT_FUNCTION = `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.INIT_COUNTER, 'init\\n');
await new Promise((resolve) => setTimeout(resolve, 300));
${VERSATILE_FUNCTION}`;

describe('restarting the function (emulator.restartFunction)', () => {
  let t: TestEmulator | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('lets the invocation in flight finish on the old process and sends the next ones to a new one', async () => {
    t = await startTestEmulator();
    const before = record((await t.emulator.invoke({ action: 'echo' })).json());
    const inFlight = t.emulator.invoke({ action: 'overlap', ms: 400 });
    await eventually(() => t!.lines.some((line) => line.startsWith('overlapping ')), 30_000);
    t.emulator.restartFunction();
    const next = await Promise.all([1, 2, 3].map((n) => t!.emulator.invoke({ action: 'echo', n })));
    const old = await inFlight;
    expect(old.functionError).toBeUndefined();
    expect(record(old.json()).pid).toBe(before.pid);
    const pids = new Set(next.map((result) => record(result.json()).pid));
    expect(pids.size).toBe(1);
    expect(pids.has(before.pid)).toBe(false);
    expect(next.map((result) => record(record(result.json()).event).n)).toEqual([1, 2, 3]);
    await eventually(() => t!.reports.length === 5);
    expect(t.reports.map((report) => report.status)).toEqual(Array(5).fill('success'));
    expect(new Set(t.reports.map((report) => report.requestId)).size).toBe(5);
  });

  it('kills an idle process at once; the next invocation starts a new one', async () => {
    t = await startTestEmulator();
    const before = record((await t.emulator.invoke({ action: 'echo' })).json());
    t.emulator.restartFunction();
    const after = record((await t.emulator.invoke({ action: 'echo' })).json());
    expect(after.pid).not.toBe(before.pid);
  });

  it('fails an in-flight invocation that times out on the retired process as usual', async () => {
    t = await startTestEmulator({ timeoutSeconds: 0.5 });
    const inFlight = t.emulator.invoke({ action: 'sleep', ms: 5000 });
    await eventually(() => t!.lines.some((line) => line.startsWith('sleeping ')), 30_000);
    t.emulator.restartFunction();
    const next = t.emulator.invoke({ action: 'echo' });
    const timedOut = await inFlight;
    expect(record(timedOut.json()).errorType).toBe('Sandbox.Timedout');
    expect((await next).functionError).toBeUndefined();
    await eventually(() => t!.reports.length === 2);
    expect(t.reports.map((report) => report.status).sort()).toEqual(['success', 'timeout']);
  });

  it('replaces a process still initialising without failing the invocations that wait for it', async () => {
    const files = functionDir();
    const counter = join(files.dir, 'inits.txt');
    t = await startTestEmulator({ env: { INIT_COUNTER: counter } }, SLOW_INIT_FUNCTION);
    const waiting = t.emulator.invoke({ action: 'echo', n: 7 });
    await eventually(() => existsSync(counter));
    t.emulator.restartFunction();
    const result = await waiting;
    expect(result.functionError).toBeUndefined();
    expect(record(record(result.json()).event).n).toBe(7);
    expect(readFileSync(counter, 'utf8')).toBe('init\ninit\n');
    files.cleanup();
  });
});
