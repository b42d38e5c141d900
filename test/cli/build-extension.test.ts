import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devExtensionsDir } from '../../src/cli/commands/dev-extensions.js';
import { runCli } from '../../src/cli/index.js';
import { startEmulator } from '../../src/emulator/index.js';
import { readZip } from '../examples/support/read-zip.js';
import { captureIo, waitFor } from './support/capture.js';
import { createProject, HELLO_HANDLER, REPO_ROOT, type TestProject } from './support/project.js';

const TIMER = join(REPO_ROOT, 'examples', 'extensions', 'invocation-timer.ts');

async function cli(project: TestProject, ...args: string[]) {
  const io = captureIo(project.dir);
  const code = await runCli([...args, '--conditions', 'lambdakit-source'], io.io);
  return { code, out: io.out, err: io.err };
}

/**
 * Runs the hello function (built into `fn/` before the tests) with `extensionsDir`, invokes it
 * twice, stops; resolves to every output line.
 */
async function runBeside(project: TestProject, extensionsDir: string, expected: RegExp): Promise<string[]> {
  const lines: string[] = [];
  const emulator = await startEmulator({
    command: [join(project.dir, 'fn', 'bootstrap')],
    extensionsDir,
    output: (line) => lines.push(line),
  });
  try {
    for (const name of ['a', 'b'])
      expect((await emulator.invoke({ name })).json()).toMatchObject({ greeting: `Hello ${name}` });
  } finally {
    await emulator.stop();
  }
  await waitFor(() => lines.find((line) => expected.test(line)), 30_000);
  return lines;
}

describe('lambdakit build --extension', { timeout: 180_000 }, () => {
  let project: TestProject;
  beforeAll(async () => {
    project = createProject();
    project.write('hello.ts', HELLO_HANDLER);
    project.write('not-an-extension.ts', 'export const handler = async () => 1;\n');
    expect((await cli(project, 'build', 'hello.ts', '--outdir', 'fn')).code).toBe(0);
  }, 120_000);
  afterAll(() => project.cleanup());

  it('writes a layer (extensions/<name> executable, <name>/start.cjs, index.mjs and its code cache) and its zip, which runs beside a function', async () => {
    const built = await cli(project, 'build', TIMER, '--extension', '--zip', '--outdir', 'layer');
    expect(built.err).toEqual([]);
    expect(built.code).toBe(0);
    expect(built.out[0]).toMatch(
      /^Built the extension layer \(\/opt\/extensions\/invocation-timer\) in \d+ ms:$/,
    );
    expect(built.out.slice(1).map((line) => line.trim().split(/\s+/)[0])).toEqual([
      'bundle',
      'source',
      'licenses',
      'start',
      'code',
      'launcher',
      'zip',
    ]);
    // The extension's init ran once at build time, up to its first /event/next.
    expect(built.out.join('\n')).toMatch(
      /code cache\s+layer\/invocation-timer\/index\.mjs\.cache .* made after init/,
    );

    const entries = await readZip(readFileSync(join(project.dir, 'layer.zip')));
    expect(entries.map(({ name, mode }) => [name, mode.toString(8)]).sort()).toEqual([
      ['extensions/invocation-timer', '100755'],
      ['invocation-timer/index.mjs', '100644'],
      ['invocation-timer/index.mjs.LEGAL.txt', '100644'],
      ['invocation-timer/index.mjs.cache', '100644'],
      ['invocation-timer/index.mjs.map', '100644'],
      ['invocation-timer/start.cjs', '100644'],
    ]);
    const launcher = entries.find(({ name }) => name === 'extensions/invocation-timer')?.data.toString();
    expect(launcher).toContain('exec node "$(dirname "$0")/../invocation-timer/start.cjs"');

    const lines = await runBeside(
      project,
      join(project.dir, 'layer', 'extensions'),
      /invocation-timer: \d+ invocations/,
    );
    // Both INVOKEs count; a report still in the telemetry buffer when SHUTDOWN comes may be missing.
    expect(lines.find((line) => line.includes('invocation-timer:'))).toMatch(
      /invocation-timer: 2 invocations, [0-2] timed/,
    );
  });

  // The emulator, as Lambda, waits at init for an extension registered under each file name: one
  // registering under its class's name instead would never let the function start.
  it('registers under --name, the file name Lambda starts', async () => {
    const built = await cli(project, 'build', TIMER, '--extension', '--name', 'timer', '--outdir', 'named');
    expect(built.code).toBe(0);
    const lines = await runBeside(
      project,
      join(project.dir, 'named', 'extensions'),
      /invocation-timer: \d+ invocations/,
    );
    expect(lines.join('\n')).toMatch(/invocation-timer: 2 invocations/);
  });

  it('refuses an entry with no @Extension export, and a name that is no file name, naming them', async () => {
    const missing = await cli(project, 'build', 'not-an-extension.ts', '--extension');
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toMatch(
      /not-an-extension\.ts exports no 'extension' or 'default' @Extension class \(exports: handler\)/,
    );
    const badName = await cli(project, 'build', TIMER, '--extension', '--name', '../x');
    expect(badName.code).toBe(1);
    expect(badName.err.join('\n')).toMatch(/extension name '\.\.\/x' cannot be a file name/);
  });

  it('dev --extensions builds a folder of extension modules as a layer first', async () => {
    const { io } = captureIo(project.dir);
    const dir = await devExtensionsDir(
      join(REPO_ROOT, 'examples', 'extensions'),
      join(project.dir, 'dev-layer'),
      ['lambdakit-source'],
      io,
    );
    expect(dir).toBe(join(project.dir, 'dev-layer', 'extensions'));
    const lines = await runBeside(project, dir, /invocation-timer: \d+ invocations/);
    expect(lines.join('\n')).toMatch(/invocation-timer: 2 invocations/);
  });
});
