import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from 'lambdakit/emulator';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleTestExtension, bundleTestFunction } from './support/bundles.js';

let functionBundle: string;
let timings: string;

beforeAll(async () => {
  [functionBundle, timings] = await Promise.all([
    bundleTestFunction('app-with-extension'),
    bundleTestExtension('timings-extension', 'timings'),
  ]);
}, 120_000);

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
});

/** An emulator running the test app, with every output line (function and extensions) kept. */
async function start(options: { extensionsDir?: string; env?: Record<string, string> } = {}) {
  const lines: string[] = [];
  const emulator = await startEmulator({
    command: [process.execPath, functionBundle],
    output: (line) => lines.push(line),
    ...(options.extensionsDir ? { extensionsDir: options.extensionsDir } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  running.push(emulator);
  const waitFor = async (pattern: RegExp, timeoutMs = 30_000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = lines.find((candidate) => pattern.test(candidate));
      if (line) return line;
      if (Date.now() > deadline) throw new Error(`no line matched ${pattern}:\n${lines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { emulator, lines, waitFor };
}

describe('an internal extension beside a controller app', () => {
  it('gets INVOKE for each invocation and typed platform.report telemetry, in the function process', async () => {
    const { emulator, waitFor } = await start();
    const first = await emulator.invoke({ name: 'a' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ pong: 'a' });
    const id = first.requestId!;
    expect(await waitFor(new RegExp(`audit INVOKE ${id} arn:aws:lambda:`))).toBeTruthy();
    expect(await waitFor(new RegExp(`audit REPORT ${id} success`))).toBeTruthy();
    const second = await emulator.invoke({ name: 'b' });
    expect(second.json()).toMatchObject({ pong: 'b', auditedBefore: expect.arrayContaining([id]) });
  });

  it('makes Lambda send SIGTERM, so onShutdown hooks run when the environment goes away', async () => {
    const { emulator, waitFor } = await start();
    expect((await emulator.invoke({ name: 'a' })).statusCode).toBe(200);
    await emulator.stop();
    expect(await waitFor(/function hook ran/)).toBeTruthy();
  });
});

describe('an external extension run by lambdakit', () => {
  it('registers, gets INVOKE per invocation and the function log lines, and SHUTDOWN on stop', async () => {
    const { emulator, waitFor } = await start({ extensionsDir: timings });
    const ids: string[] = [];
    for (const name of ['a', 'b']) {
      const result = await emulator.invoke({ name });
      expect(result.json()).toMatchObject({ pong: name });
      ids.push(result.requestId!);
    }
    for (const id of ids) await waitFor(new RegExp(`timings INVOKE ${id}`));
    await waitFor(/timings LOG .*audit INVOKE/);
    await emulator.stop();
    expect(await waitFor(/timings SHUTDOWN spindown invokes=2 reports=\d/)).toBeTruthy();
  });

  it('reports a failing onInvoke with exit/error and exits; the function keeps serving after the reset', async () => {
    const { emulator, waitFor } = await start({
      extensionsDir: timings,
      env: { TIMINGS_FAIL_ONCE: join(mkdtempSync(join(tmpdir(), 'timings-')), 'failed') },
    });
    const failed = await emulator.invoke({ name: 'a' });
    // As on Lambda, the caller gets the runtime's answer if it came before the extension failed;
    // if the extension failed first, the invocation fails with its exit error.
    const answer = failed.json() as { pong?: string; errorType?: string };
    expect(answer.pong === 'a' || answer.errorType === 'Extension.ExitError', JSON.stringify(answer)).toBe(
      true,
    );
    await waitFor(/Extension exit error .*"errorType":"RangeError"/);
    const next = await emulator.invoke({ name: 'b' });
    expect(next.json()).toMatchObject({ pong: 'b' });
  });
});
