import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { functionDir } from './support/functions.js';
import { eventually, record, startTestEmulator, type TestEmulator } from './support/start.js';

/**
 * A function that registers an internal extension (for INVOKE) before its loop starts, tries a
 * second one for SHUTDOWN, runs the extension's next loop beside the runtime's, and notes SIGTERM.
 */
const INTERNAL_EXTENSION_FUNCTION = `
import { appendFileSync } from 'node:fs';
const host = process.env.AWS_LAMBDA_RUNTIME_API;
const ext = 'http://' + host + '/2020-01-01/extension';
const runtime = 'http://' + host + '/2018-06-01/runtime';
process.on('SIGTERM', () => { appendFileSync(process.env.SIGNAL_FILE, 'SIGTERM\\n'); process.exit(0); });
async function register(name, events) {
  const res = await fetch(ext + '/register', {
    method: 'POST', headers: { 'Lambda-Extension-Name': name }, body: JSON.stringify({ events }),
  });
  return { status: res.status, id: res.headers.get('lambda-extension-identifier'), body: await res.json() };
}
const audit = await register('audit', ['INVOKE']);
const refused = await register('cleanup', ['SHUTDOWN']);
const seen = [];
(async () => {
  for (;;) {
    const res = await fetch(ext + '/event/next', { headers: { 'Lambda-Extension-Identifier': audit.id } });
    seen.push(await res.json());
  }
})();
for (;;) {
  const res = await fetch(runtime + '/invocation/next');
  const id = res.headers.get('lambda-runtime-aws-request-id');
  await res.json();
  await fetch(runtime + '/invocation/' + id + '/response', {
    method: 'POST', body: JSON.stringify({ audit, refused, seen }),
  });
}
`;

describe('internal extensions (registered by the function process)', () => {
  let t: TestEmulator | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('registers before /next, receives INVOKE, is refused SHUTDOWN, and makes stop send SIGTERM', async () => {
    const files = functionDir();
    const signalFile = join(files.dir, 'signals.txt');
    t = await startTestEmulator({ env: { SIGNAL_FILE: signalFile } }, INTERNAL_EXTENSION_FUNCTION);
    const first = record((await t.emulator.invoke({})).json());
    expect(record(first.audit).status).toBe(200);
    expect(record(record(first.audit).body).functionName).toBe('function');
    expect(first.refused).toMatchObject({
      status: 403,
      body: {
        errorType: 'Extension.InvalidEventType',
        errorMessage: 'SHUTDOWN: ShutdownEventNotSupportedForInternalExtension',
      },
    });
    const second = await t.emulator.invoke({});
    const seen = record(second.json()).seen as unknown[];
    expect(seen.map((event) => record(event).requestId)).toContain(second.requestId);
    await t.emulator.stop();
    await eventually(() => existsSync(signalFile));
    expect(readFileSync(signalFile, 'utf8')).toBe('SIGTERM\n');
    files.cleanup();
  });

  it('kills a function without extensions at once: no SIGTERM', async () => {
    const files = functionDir();
    const signalFile = join(files.dir, 'signals.txt');
    const plain = INTERNAL_EXTENSION_FUNCTION.replace(
      "const audit = await register('audit', ['INVOKE']);",
      'const audit = {};',
    )
      .replace("const refused = await register('cleanup', ['SHUTDOWN']);", 'const refused = {};')
      .replace(/\(async \(\) => \{\n {2}for[\s\S]*?\}\)\(\);/, '');
    t = await startTestEmulator({ env: { SIGNAL_FILE: signalFile } }, plain);
    await t.emulator.invoke({});
    await t.emulator.stop();
    expect(existsSync(signalFile)).toBe(false);
    files.cleanup();
  });
});
