import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { startEmulator } from '../../src/emulator/index.js';
import { captureIo, waitFor } from './support/capture.js';
import { createProject, HELLO_HANDLER, type TestProject } from './support/project.js';

describe('lambdakit CLI', () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    project.write('hello.ts', HELLO_HANDLER);
  });
  afterAll(() => project.cleanup());

  it('prints help, and answers usage errors with exit code 2', async () => {
    const help = captureIo(project.dir);
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/dev\s+Bundle <entry>/);
    const devHelp = captureIo(project.dir);
    expect(await runCli(['dev', '--help'], devHelp.io)).toBe(0);
    expect(devHelp.out.join('\n')).toContain('--concurrency N');
    const unknown = captureIo(project.dir);
    expect(await runCli(['deploy'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain("unknown command 'deploy'");
    const missing = captureIo(project.dir);
    expect(await runCli(['build', 'nope.ts'], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toContain('entry not found');
    project.write('missing-dep.ts', "import { x } from 'not-installed';\nexport const handler = () => x;\n");
    const broken = captureIo(project.dir);
    expect(await runCli(['build', 'missing-dep.ts', '--outdir', 'out-broken'], broken.io)).toBe(1);
    expect(broken.err.join('\n')).toContain('Could not resolve "not-installed"');
    const badJson = captureIo(project.dir);
    expect(await runCli(['invoke', '--data', '{oops'], badJson.io)).toBe(2);
    expect(badJson.err.join('\n')).toContain('the event is not JSON');
  });

  it("build --no-train makes the code cache without running the function's init; --node must name a file", async () => {
    project.write(
      'marks-init.ts',
      "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.LAMBDA_TASK_ROOT + '/init-ran', 'yes');\n" +
        'export const handler = async () => 1;\n',
    );
    const build = captureIo(project.dir);
    const args = ['build', 'marks-init.ts', '--outdir', 'out-untrained', '--conditions', 'lambdakit-source'];
    expect(await runCli([...args, '--no-train'], build.io)).toBe(0);
    expect(build.out.join('\n')).toMatch(
      /code cache\s+out-untrained\/index\.mjs\.cache .* compiled only \(--no-train\)/,
    );
    expect(existsSync(join(project.dir, 'out-untrained', 'init-ran'))).toBe(false);

    const trained = captureIo(project.dir);
    expect(await runCli(args, trained.io)).toBe(0);
    expect(trained.out.join('\n')).toMatch(/index\.mjs\.cache .* made after init/);
    expect(readFileSync(join(project.dir, 'out-untrained', 'init-ran'), 'utf8')).toBe('yes');

    const noNode = captureIo(project.dir);
    expect(await runCli([...args, '--node', 'no/such/node'], noNode.io)).toBe(2);
    expect(noNode.err.join('\n')).toContain('--node names no file: no/such/node');
  });

  it('dev serves the entry and invoke calls it, until the signal stops dev', async () => {
    const controller = new AbortController();
    const dev = captureIo(project.dir, controller.signal);
    const running = runCli(
      ['dev', 'hello.ts', '--port', '0', '--timeout', '2', '--conditions', 'lambdakit-source'],
      dev.io,
    );
    const curl = await waitFor(() => dev.out.find((line) => line.trim().startsWith('curl ')));
    const port = /127\.0\.0\.1:(\d+)\//.exec(curl)?.[1];
    expect(port).toMatch(/^\d+$/);
    expect(
      dev.out.some((line) => line.includes(`lambdakit invoke --port ${port} --data '<event JSON>'`)),
    ).toBe(true);
    expect(existsSync(join(project.dir, '.lambdakit', 'dev', 'index.mjs'))).toBe(true);
    expect(readFileSync(join(project.dir, '.lambdakit', '.gitignore'), 'utf8')).toBe('*\n');

    const ok = captureIo(project.dir);
    expect(await runCli(['invoke', '--port', port!, '--data', '{"name":"CLI"}'], ok.io)).toBe(0);
    const payload = JSON.parse(ok.out.join('\n'));
    expect(payload.greeting).toBe('Hello CLI');

    project.write('event.json', '{"name":"fail"}');
    const failed = captureIo(project.dir);
    expect(await runCli(['invoke', '--port', port!, '--file', 'event.json'], failed.io)).toBe(1);
    expect(failed.err.join('\n')).toContain('no such name');

    const lines = await waitFor(() =>
      dev.out.filter((line) => / ms$/.test(line)).length >= 2 ? dev.out : undefined,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${payload.requestId}  success  [\\d.]+ ms$`)),
    );
    expect(lines).toContainEqual(expect.stringMatching(/ {2}error \(TypeError\) {2}[\d.]+ ms$/));

    controller.abort();
    expect(await running).toBe(0);
    const after = captureIo(project.dir);
    expect(await runCli(['invoke', '--port', port!], after.io)).toBe(1);
    expect(after.err.join('\n')).toContain('No emulator answered');
  });

  it('build writes a bundle and bootstrap that run on the emulator', async () => {
    const build = captureIo(project.dir);
    const code = await runCli(
      ['build', 'hello.ts', '--outdir', 'dist-lambda', '--conditions', 'lambdakit-source'],
      build.io,
    );
    expect(build.err).toEqual([]);
    expect(code).toBe(0);
    expect(build.out.join('\n')).toMatch(/dist-lambda\/index\.mjs\s+[\d.]+ kB/);
    expect(build.out.join('\n')).toMatch(/dist-lambda\/bootstrap\s+\d+ B/);
    const emulator = await startEmulator({
      command: [join(project.dir, 'dist-lambda', 'bootstrap')],
      output: 'ignore',
    });
    try {
      const result = await emulator.invoke({ name: 'built' });
      expect(result.json()).toMatchObject({ greeting: 'Hello built', requestId: result.requestId });
    } finally {
      await emulator.stop();
    }
  });
});
