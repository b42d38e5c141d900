import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { invokeFunction } from '../../src/emulator/index.js';
import { captureIo, waitFor } from './support/capture.js';
import { createProject, type TestProject } from './support/project.js';

/** A handler answering its version and pid, after sleeping `event.ms` when asked (and saying so). */
const versioned = (version: string) => `
export const handler = async (event: { ms?: number; n?: number }) => {
  if (event.ms) console.log('sleeping ' + event.ms);
  if (event.ms) await new Promise((resolve) => setTimeout(resolve, event.ms));
  return { version: '${version}', n: event.n, pid: process.pid };
};
`;

interface Answer {
  version: string;
  n?: number;
  pid: number;
}

describe('lambdakit dev --watch', () => {
  let project: TestProject;
  let controller: AbortController;
  let dev: ReturnType<typeof captureIo>;
  let running: Promise<number>;
  let url: string;

  const invoke = async (event: object): Promise<Answer> => {
    const result = await invokeFunction(url, event);
    expect(result.functionError).toBeUndefined();
    return result.json() as Answer;
  };
  /** Rewrites the entry and waits for the `count`-th rebuild line on `lines`. */
  const change = async (source: string, lines: () => string[], pattern: RegExp, count: number) => {
    project.write('watched.ts', source);
    await waitFor(() => (lines().filter((line) => pattern.test(line)).length >= count ? true : undefined));
  };
  const rebuilt = /^rebuilt in \d+ ms; function restarts on the next invocation$/;

  beforeAll(async () => {
    project = createProject();
    project.write('watched.ts', versioned('one'));
    controller = new AbortController();
    dev = captureIo(project.dir, controller.signal);
    const argv = ['dev', 'watched.ts', '--watch', '--port', '0', '--timeout', '5'];
    running = runCli([...argv, '--conditions', 'lambdakit-source'], dev.io);
    const curl = await waitFor(() => dev.out.find((line) => line.trim().startsWith('curl ')));
    url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(curl)![1]!;
  });
  afterAll(async () => {
    controller.abort();
    await running;
    project.cleanup();
  });

  it('rebuilds on a change to the entry; the next invocation runs the new code in a new process', async () => {
    const first = await invoke({});
    expect(first.version).toBe('one');
    await change(versioned('two'), () => dev.out, rebuilt, 1);
    const second = await invoke({});
    expect(second.version).toBe('two');
    expect(second.pid).not.toBe(first.pid);
  });

  it('reports a syntax error and keeps the last good bundle serving', async () => {
    const outfile = join(project.dir, '.lambdakit', 'dev', 'index.mjs');
    await change(
      'export const handler = async () => {\n  return { version: ;\n};\n',
      () => dev.err,
      /rebuild failed/,
      1,
    );
    const report = dev.err.join('\n');
    expect(report).toMatch(/rebuild failed in \d+ ms; the last good bundle keeps running:/);
    expect(report).toContain('watched.ts:2:');
    expect(report).toContain('Unexpected ";"');
    expect(readFileSync(outfile, 'utf8')).toContain('version: "two"');
    expect((await invoke({})).version).toBe('two');
    await change(versioned('three'), () => dev.out, rebuilt, 2);
    expect((await invoke({})).version).toBe('three');
  });

  it('loses no invocation across the swap: in flight on the old code, new ones on the new', async () => {
    const reportsBefore = dev.out.filter((line) => / ms$/.test(line) && !rebuilt.test(line)).length;
    let settled = false;
    const inFlight = invoke({ ms: 3000, n: 0 }).finally(() => {
      settled = true;
    });
    await waitFor(() => dev.functionLines.find((line) => line.includes('sleeping 3000')), 30_000);
    await change(versioned('four'), () => dev.out, rebuilt, 3);
    // The swap happened while the old process was still working.
    expect(settled).toBe(false);
    const next = await Promise.all([1, 2, 3].map((n) => invoke({ n })));
    const old = await inFlight;
    expect(old).toMatchObject({ version: 'three', n: 0 });
    expect(next.map((answer) => [answer.version, answer.n])).toEqual([
      ['four', 1],
      ['four', 2],
      ['four', 3],
    ]);
    expect(next.every((answer) => answer.pid !== old.pid)).toBe(true);
    const reports = await waitFor(() => {
      const lines = dev.out.filter((line) => / ms$/.test(line) && !rebuilt.test(line)).slice(reportsBefore);
      return lines.length >= 4 ? lines : undefined;
    });
    expect(reports).toHaveLength(4);
    expect(reports.every((line) => / {2}success {2}[\d.]+ ms$/.test(line))).toBe(true);
  });

  it("exits 1 with esbuild's errors when the first build fails", async () => {
    project.write('broken.ts', "import { x } from 'not-installed';\nexport const handler = async () => x;\n");
    const broken = captureIo(project.dir);
    expect(
      await runCli(
        ['dev', 'broken.ts', '--watch', '--port', '0', '--conditions', 'lambdakit-source'],
        broken.io,
      ),
    ).toBe(1);
    expect(broken.err.join('\n')).toMatch(
      /^lambdakit dev: Build failed with 1 error:\n.*Could not resolve "not-installed"\n\s*\S*broken\.ts:1:18:/,
    );
  });

  it('stops the watcher with the emulator on Ctrl-C', async () => {
    controller.abort();
    expect(await running).toBe(0);
    project.write('watched.ts', versioned('five'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(dev.out.filter((line) => rebuilt.test(line))).toHaveLength(3);
    expect(readFileSync(join(project.dir, '.lambdakit', 'dev', 'index.mjs'), 'utf8')).toContain('"four"');
  });
});
