import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { startEmulator } from '../../src/emulator/index.js';
import { captureIo, waitFor } from './support/capture.js';
import { createProject, HELLO_HANDLER, type TestProject } from './support/project.js';

/** The README's functional form: the module starts its own loop, exports nothing. */
const SELF_RUNNING = `
import { run } from 'lambdakit';
await run(async (event: { name: string }) => ({ hello: event.name }));
`;

const APP_RUN = `
import { Controller, createApp, Handler } from 'lambdakit';
class Ping { name!: string; }
@Controller()
class Pings {
  @Handler(Ping, { validate: false })
  ping(event: Ping) { return { pong: event.name }; }
}
createApp({ controllers: [Pings] }).run();
`;

async function build(project: TestProject, ...args: string[]) {
  const io = captureIo(project.dir);
  const code = await runCli(['build', ...args, '--conditions', 'lambdakit-source'], io.io);
  return { code, out: io.out, err: io.err };
}

describe('lambdakit build: entries', { timeout: 180_000 }, () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    project.write('hello.ts', HELLO_HANDLER);
    project.write('self-running.ts', SELF_RUNNING);
    project.write('app-run.ts', APP_RUN);
  });
  afterAll(() => project.cleanup());

  it.each([
    ['run(fn) at top level', 'self-running.ts', { name: 'loop' }, { hello: 'loop' }],
    ['createApp(…).run()', 'app-run.ts', { name: 'app' }, { pong: 'app' }],
  ])('runs a module that starts its own loop (%s) without --no-wrap', async (_, entry, event, answer) => {
    const outdir = `out-${entry}`;
    const built = await build(project, entry, '--outdir', outdir);
    expect(built.err).toEqual([]);
    expect(built.code).toBe(0);
    const emulator = await startEmulator({
      command: [join(project.dir, outdir, 'bootstrap')],
      output: 'ignore',
    });
    try {
      expect((await emulator.invoke(event)).json()).toEqual(answer);
    } finally {
      await emulator.stop();
    }
  });

  it('serves a self-running module under dev', async () => {
    const controller = new AbortController();
    const dev = captureIo(project.dir, controller.signal);
    const running = runCli(
      ['dev', 'self-running.ts', '--port', '0', '--conditions', 'lambdakit-source'],
      dev.io,
    );
    const curl = await waitFor(() => dev.out.find((line) => line.trim().startsWith('curl ')));
    const port = /127\.0\.0\.1:(\d+)\//.exec(curl)?.[1] ?? '';
    const invoke = captureIo(project.dir);
    expect(await runCli(['invoke', '--port', port, '--data', '{"name":"dev"}'], invoke.io)).toBe(0);
    expect(JSON.parse(invoke.out.join('\n'))).toEqual({ hello: 'dev' });
    controller.abort();
    expect(await running).toBe(0);
  });

  it.each([
    ['a missing file', 'nope.ts', '', /^lambdakit build: entry not found: .*nope\.ts$/],
    [
      'a syntax error',
      'syntax.ts',
      'export const handler = async () => {\n  return { ok: true ;\n};\n',
      /^lambdakit build: .*syntax\.ts:2:\d+: Expected "}" but found ";"$/,
    ],
    [
      'no handler export',
      'no-handler.ts',
      'export const main = async () => 1;\nexport const version = 2;\n',
      /^lambdakit build: .*no-handler\.ts exports no 'handler' or 'default' \(exports: main, version\): export the handler, or start the loop at top level with run\(fn\) or createApp\(…\)\.run\(\)$/,
    ],
  ])('answers %s with one line naming the file, exit code 1', async (_, entry, source, message) => {
    if (source) project.write(entry, source);
    const built = await build(project, entry, '--outdir', `out-bad-${entry}`);
    expect(built.code).toBe(1);
    expect(built.out).toEqual([]);
    expect(built.err).toHaveLength(1);
    expect(built.err[0]).toMatch(message);
  });

  it('--target nodejs makes a handler module the managed runtime calls as index.handler, with no bootstrap', async () => {
    const built = await build(project, 'hello.ts', '--target', 'nodejs', '--outdir', 'out-nodejs', '--zip');
    expect(built.err).toEqual([]);
    expect(built.code).toBe(0);
    expect(built.out[0]).toContain('nodejs22.x');
    expect(built.out.some((line) => /^\s+bootstrap/.test(line))).toBe(false);
    expect(existsSync(join(project.dir, 'out-nodejs', 'bootstrap'))).toBe(false);
    const call =
      'const { handler } = await import(process.argv[1]);\n' +
      "console.log(JSON.stringify(await handler({ name: 'managed' }, { awsRequestId: 'req-1' })));";
    // index.js (the script start with the code cache, from Node.js 24 on) is what the runtime loads
    // first; index.mjs works alone too.
    const starts = existsSync(join(project.dir, 'out-nodejs', 'index.js'))
      ? ['index.js', 'index.mjs']
      : ['index.mjs'];
    expect(starts.length).toBe(Number.parseInt(process.versions.node, 10) >= 24 ? 2 : 1);
    for (const file of starts) {
      const output = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', call, join(project.dir, 'out-nodejs', file)],
        { encoding: 'utf8' },
      );
      expect(JSON.parse(output)).toEqual({ greeting: 'Hello managed', requestId: 'req-1' });
    }
  });

  it('--target nodejs refuses a module that starts its own loop, saying what to export', async () => {
    const built = await build(project, 'app-run.ts', '--target', 'nodejs', '--outdir', 'out-nodejs-loop');
    expect(built.code).toBe(1);
    expect(built.err).toEqual([
      expect.stringMatching(/app-run\.ts exports no .* export handler = createHandler\(app\)$/),
    ]);
  });
});
