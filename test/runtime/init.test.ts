import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleTestFunction } from '../support/function-process.js';
import { functionsOnMockApi } from '../support/functions-on-mock-api.js';

const start = functionsOnMockApi();

describe('a function module that throws before run() is called', () => {
  it('reports the error to /init/error and exits non-zero', async () => {
    const { api, fn } = await start('throws-before-run', 'main', {}, { wrap: false });
    expect(await fn.exited).toBe(1);
    expect(api.initErrors).toHaveLength(1);
    expect(api.initErrors[0]?.headers['lambda-runtime-function-error-type']).toBe('SyntaxError');
    expect(api.initErrors[0]?.body).toMatchObject({ errorType: 'SyntaxError' });
    expect(api.nextRequests).toBe(0);
  });
});

describe('_HANDLER and LAMBDA_TASK_ROOT (startHandler)', () => {
  async function taskRoot(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'lambdakit-task-'));
    await mkdir(join(root, 'lib'));
    await writeFile(
      join(root, 'index.mjs'),
      'export const handler = async (event) => ({ from: "index.mjs", event });\n',
    );
    await writeFile(
      join(root, 'lib', 'orders.cjs'),
      'module.exports = { handlers: { create: async (event) => ({ from: "lib/orders.cjs", event }) } };\n',
    );
    return root;
  }

  it.each([
    ['index.handler', 'index.mjs'],
    ['lib/orders.handlers.create', 'lib/orders.cjs'],
  ])('runs %s from the task root', async (setting, from) => {
    const env = { _HANDLER: setting, LAMBDA_TASK_ROOT: await taskRoot() };
    const { api } = await start('start-from-handler-setting', 'main', env, { wrap: false });
    const answer = await api.invoke({ n: 1 });
    expect(answer.kind).toBe('response');
    expect(answer.json()).toEqual({ from, event: { n: 1 } });
  });

  it.each([
    ['index.missing', 'Runtime.HandlerNotFound'],
    ['nowhere.handler', 'Runtime.ImportModuleError'],
    ['index', 'Runtime.MalformedHandlerName'],
  ])('fails init for %s with %s', async (setting, errorType) => {
    const env = { _HANDLER: setting, LAMBDA_TASK_ROOT: await taskRoot() };
    const { api, fn } = await start('start-from-handler-setting', 'main', env, { wrap: false });
    expect(await fn.exited).toBe(1);
    expect(api.initErrors[0]?.body).toMatchObject({ errorType });
  });
});

/**
 * What the managed Node.js runtime does with a handler module: import it, with listeners that
 * turn an uncaught exception into an init error. This host prints what it saw.
 */
const MANAGED_HOST = `
let uncaught = 0;
process.on('uncaughtException', (error) => {
  uncaught += 1;
  console.log('UNCAUGHT ' + error.constructor.name + ': ' + error.message);
  process.exitCode = 129;
});
try {
  const module = await import(process.argv[1]);
  console.log('LOADED ' + typeof module.handler);
} catch (error) {
  console.log('IMPORT FAILED ' + error.constructor.name + ': ' + error.message);
  process.exitCode = 130;
}
setTimeout(() => console.log('UNCAUGHT COUNT ' + uncaught), 200);
`;

function hostModule(bundle: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', MANAGED_HOST, pathToFileURL(bundle).href],
    // The Runtime API address is set, as on Lambda: lambdakit must leave the host's reporting alone.
    {
      env: { PATH: process.env.PATH, AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('createHandler on the managed Node.js runtime', () => {
  it('fails the init phase with the real error instead of failing every invocation', async () => {
    const { code, output } = await hostModule(
      await bundleTestFunction('broken-app', 'handler', { target: 'nodejs' }),
    );
    expect(output).toMatch(/UNCAUGHT \w+Error: no provider for MISSING/);
    expect(output).toContain('UNCAUGHT COUNT 1');
    expect(code).toBe(129);
  });

  it('fails the module import with the real error when the init is awaited at top level', async () => {
    const { code, output } = await hostModule(
      await bundleTestFunction('broken-app-awaited', 'handler', { target: 'nodejs' }),
    );
    expect(output).toMatch(/IMPORT FAILED \w+Error: no provider for MISSING/);
    expect(output).toContain('UNCAUGHT COUNT 0');
    expect(code).toBe(130);
  });
});
