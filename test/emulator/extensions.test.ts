import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionsFolder, extensionsFolder } from './support/extensions.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

describe('Extensions API (external extensions from extensionsDir)', () => {
  let t: TestEmulator | undefined;
  let folder: ExtensionsFolder | undefined;
  afterEach(async () => {
    await t?.close();
    folder?.cleanup();
    t = undefined;
    folder = undefined;
  });

  async function start(names: string[], env: Record<string, string> = {}, timeoutSeconds = 3) {
    folder = extensionsFolder(names);
    t = await startTestEmulator({
      extensionsDir: folder.dir,
      timeoutSeconds,
      env: { EXT_LOG: folder.logFile, ...env },
    });
    return { t, folder };
  }

  it('runs register → INVOKE → SHUTDOWN in order, with the wire shapes of Lambda', async () => {
    const { t, folder } = await start(['recorder']);
    const first = await t.emulator.invoke({ action: 'echo' });
    const second = await t.emulator.invoke({ action: 'echo' });
    await eventually(() => folder.steps('event').length === 2, 10_000);
    await t.emulator.stop();

    const [register] = folder.steps('register');
    expect(register?.status).toBe(200);
    expect(register?.body).toEqual({
      functionName: 'function',
      functionVersion: '$LATEST',
      handler: 'index.handler',
      accountId: '000000000000',
    });
    const events = folder.steps('event').map((entry) => record(entry.event));
    expect(events.map((event) => event.eventType)).toEqual(['INVOKE', 'INVOKE', 'SHUTDOWN']);
    expect(events.slice(0, 2).map((event) => event.requestId)).toEqual([first.requestId, second.requestId]);
    const invoke = events[0]!;
    expect(invoke.invokedFunctionArn).toBe(t.emulator.functionArn);
    expect(record(invoke.tracing).type).toBe('X-Amzn-Trace-Id');
    expect(typeof invoke.deadlineMs).toBe('number');
    const shutdown = events[2]!;
    expect(shutdown.shutdownReason).toBe('spindown');
    expect(Number(shutdown.deadlineMs)).toBeGreaterThan(Number(folder.steps('event')[2]?.at) - 1);
    // The extension's output is the function's output too.
    expect(t.lines).toContain('recorder is ready');
  });

  it('fans INVOKE out to every extension registered for it', async () => {
    const { t, folder } = await start(['alpha', 'beta']);
    const result = await t.emulator.invoke({ action: 'echo' });
    await eventually(() => folder.steps('event').length === 2, 10_000);
    for (const name of ['alpha', 'beta']) {
      expect(folder.steps('event', name).map((entry) => record(entry.event).requestId)).toEqual([
        result.requestId,
      ]);
    }
  });

  it('answers the caller when the runtime answers, but starts the next invocation only after the extensions called next', async () => {
    const { t, folder } = await start(['gate'], { EXT_MODE_gate: 'gate' });
    const first = await t.emulator.invoke({ action: 'echo' });
    expect(first.functionError).toBeUndefined();
    const second = t.emulator.invoke({ action: 'echo' });
    await eventually(() => folder.steps('event').length === 1, 10_000);
    folder.release();
    const answer = record((await second).json());
    const [released] = folder.steps('released');
    // The deadline is set when the invocation is handed to the runtime: timeout after dispatch.
    const dispatchedAt = Number(record(answer.headers)['lambda-runtime-deadline-ms']) - 3000;
    expect(dispatchedAt).toBeGreaterThanOrEqual(Number(released?.at));
  });

  it('fails the invocation with Extension.Crash when an extension dies mid-invoke, then resets everything', async () => {
    const { t, folder } = await start(['fragile'], { EXT_MODE_fragile: 'crash-once' });
    const crashed = await t.emulator.invoke({ action: 'sleep', ms: 1000 });
    expect(crashed.functionError).toBe('Unhandled');
    expect(record(crashed.json()).errorType).toBe('Extension.Crash');
    const after = await t.emulator.invoke({ action: 'echo' });
    expect(after.functionError).toBeUndefined();
    expect(folder.steps('register')).toHaveLength(2);
    await eventually(() => t.reports.length === 2);
    expect(t.reports.map((report) => report.status)).toEqual(['crash', 'success']);
  });

  it('fails init with Extension.InitError after init/error', async () => {
    const { t } = await start(['broken'], { EXT_MODE_broken: 'init-error' });
    const result = await t.emulator.invoke({ action: 'echo' });
    expect(record(result.json()).errorType).toBe('Extension.InitError');
    // The init/error report itself (the environment is torn down at once: the extension may not
    // live to log the 202 it got).
    expect(record(result.json()).errorMessage).toMatch(/extension broken reported Extension\.TestFailure/);
  });

  it('fails the invocation with Extension.ExitError after exit/error', async () => {
    const { t } = await start(['quitter'], { EXT_MODE_quitter: 'exit-error' });
    const result = await t.emulator.invoke({ action: 'sleep', ms: 1500 });
    expect(record(result.json()).errorType).toBe('Extension.ExitError');
  });

  it('refuses registration after init and unknown identifiers, as Lambda does', async () => {
    const { t } = await start(['recorder']);
    await t.emulator.invoke({ action: 'echo' });
    const api = `http://${t.emulator.runtimeApi}/2020-01-01/extension`;
    const late = await fetch(`${api}/register`, {
      method: 'POST',
      headers: { 'Lambda-Extension-Name': 'late' },
      body: JSON.stringify({ events: ['INVOKE'] }),
    });
    expect(late.status).toBe(403);
    expect(await late.json()).toEqual({
      errorType: 'Extension.RegistrationClosed',
      errorMessage: 'Extension registration closed already',
    });
    const missing = await fetch(`${api}/event/next`);
    expect(missing.status).toBe(403);
    expect(record(await missing.json()).errorType).toBe('Extension.MissingExtensionIdentifier');
    const unknown = await fetch(`${api}/event/next`, {
      headers: { 'Lambda-Extension-Identifier': '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(403);
    expect(record(await unknown.json()).errorType).toBe('Extension.UnknownExtensionIdentifier');
  });
});
