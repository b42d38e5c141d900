import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { functionDir, INIT_ERROR_FUNCTION, VERSATILE_FUNCTION } from './support/functions.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

describe('function lifecycle', () => {
  let t: TestEmulator | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('times an invocation out, kills the process and serves the next one from a new process', async () => {
    t = await startTestEmulator({ timeoutSeconds: 0.5 });
    const warm = record((await t.emulator.invoke({ action: 'echo' })).json());
    const started = Date.now();
    const timedOut = await t.emulator.invoke({ action: 'sleep', ms: 5000 });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(timedOut.statusCode).toBe(200);
    expect(timedOut.functionError).toBe('Unhandled');
    expect(timedOut.json()).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${timedOut.requestId} Error: Task timed out after 0.50 seconds`,
    });
    const after = await t.emulator.invoke({ action: 'echo' });
    expect(after.functionError).toBeUndefined();
    expect(record(after.json()).pid).not.toBe(warm.pid);
    await eventually(() => t!.reports.length === 3);
    expect(t.reports.map((report) => report.status)).toEqual(['success', 'timeout', 'success']);
  });

  it('prewarm starts the function at once and again after a restart, but not after a crash', async () => {
    t = await startTestEmulator(
      { prewarm: true },
      `console.log('init ' + process.pid);\n${VERSATILE_FUNCTION}`,
    );
    const inits = () => t!.lines.filter((line) => line.startsWith('init '));
    await eventually(() => inits().length === 1);
    expect(t.reports).toEqual([]);
    const warm = record((await t.emulator.invoke({ action: 'echo' })).json());
    expect(inits()).toEqual([`init ${warm.pid}`]);

    t.emulator.restartFunction();
    await eventually(() => inits().length === 2);
    const crashed = await t.emulator.invoke({ action: 'exit', code: 3 });
    expect(crashed.functionError).toBe('Unhandled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inits()).toHaveLength(2);
    const after = record((await t.emulator.invoke({ action: 'echo' })).json());
    expect(inits()).toEqual([`init ${warm.pid}`, expect.any(String), `init ${after.pid}`]);
  });

  it('prewarm runs a failing init once, then waits for an invocation rather than retrying', async () => {
    const files = functionDir();
    const counter = join(files.dir, 'inits.txt');
    t = await startTestEmulator({ prewarm: true, env: { INIT_COUNTER: counter } }, INIT_ERROR_FUNCTION);
    await eventually(() => t!.lines.includes('init/error answered 202'));
    // The failed process is gone after its grace period; nothing starts another one by itself.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(readFileSync(counter, 'utf8')).toBe('init\n');
    const result = await t.emulator.invoke({ n: 1 });
    expect(record(result.json()).errorType).toBe('Runtime.ImportModuleError');
    expect(readFileSync(counter, 'utf8')).toBe('init\ninit\n');
    files.cleanup();
  });

  it('fails an invocation whose process exits with Runtime.ExitError and restarts', async () => {
    t = await startTestEmulator();
    const crashed = await t.emulator.invoke({ action: 'exit', code: 3 });
    expect(crashed.functionError).toBe('Unhandled');
    expect(crashed.json()).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${crashed.requestId} Error: Runtime exited with error: exit status 3`,
    });
    const after = await t.emulator.invoke({ action: 'echo', n: 1 });
    expect(record(after.json()).event).toEqual({ action: 'echo', n: 1 });
    await eventually(() => t!.reports.length === 2);
    expect(t.reports[0]).toMatchObject({ status: 'crash', errorType: 'Runtime.ExitError' });
  });

  it('keeps invocations queued behind a crash and serves them after the restart', async () => {
    t = await startTestEmulator();
    const [crashed, queued] = await Promise.all([
      t.emulator.invoke({ action: 'exit', code: 0 }),
      new Promise((resolve) => setTimeout(resolve, 100)).then(() =>
        t!.emulator.invoke({ action: 'echo', n: 2 }),
      ),
    ]);
    expect(record(crashed.json()).errorMessage).toBe(
      `RequestId: ${crashed.requestId} Error: Runtime exited without providing a reason`,
    );
    expect(record(queued.json()).event).toEqual({ action: 'echo', n: 2 });
  });

  it('gives every pending invocation the init error and re-initialises on the next invoke', async () => {
    const files = functionDir();
    const counter = join(files.dir, 'inits.txt');
    t = await startTestEmulator({ env: { INIT_COUNTER: counter } }, INIT_ERROR_FUNCTION);
    const results = await Promise.all([t.emulator.invoke({ n: 1 }), t.emulator.invoke({ n: 2 })]);
    for (const result of results) {
      expect(result.functionError).toBe('Unhandled');
      expect(result.json()).toEqual({
        errorType: 'Runtime.ImportModuleError',
        errorMessage: 'Cannot find module x',
        stackTrace: [],
      });
    }
    const again = await t.emulator.invoke({ n: 3 });
    expect(record(again.json()).errorType).toBe('Runtime.ImportModuleError');
    await eventually(() => readFileSync(counter, 'utf8').split('\n').filter(Boolean).length === 2);
    await eventually(() => t!.lines.includes('init/error answered 202'));
    expect(t.lines).toContain('init is failing');
    expect(t.reports.map((report) => report.status)).toEqual(['error', 'error', 'error']);
    files.cleanup();
  });

  it('fails invocations with Runtime.ExitError when the process dies during init', async () => {
    t = await startTestEmulator({}, 'process.exit(7);');
    const result = await t.emulator.invoke({});
    expect(result.json()).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: exit status 7`,
    });
  });

  it('times out an init that never polls', async () => {
    t = await startTestEmulator({ initTimeoutSeconds: 0.3 }, 'setInterval(() => {}, 1000);');
    const result = await t.emulator.invoke({});
    expect(result.json()).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${result.requestId} Error: Task timed out after 0.30 seconds`,
    });
    await eventually(() => t!.reports.length === 1);
    expect(t.reports[0]?.status).toBe('timeout');
  });

  it('fails what is pending when stopped, and refuses new invocations', async () => {
    t = await startTestEmulator();
    // A warm function takes the next invocation at once, however loaded the machine is.
    await t.emulator.invoke({ action: 'echo' });
    const pending = t.emulator.invoke({ action: 'sleep', ms: 2000 });
    await eventually(() => t!.lines.some((line) => line.startsWith('sleeping ')), 30_000);
    const stopping = t.emulator.stop();
    const result = await pending;
    await stopping;
    expect(result.json()).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: signal: killed`,
    });
    await expect(t.emulator.invoke({})).rejects.toThrow();
  });
});
