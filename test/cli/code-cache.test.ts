import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapSource,
  buildFunction,
  bundleFunction,
  CODE_CACHE_FILE,
  COMMONJS_SCOPE_FILE,
  HANDLER_START_FILE,
  MANAGED_CODE_CACHE_MAJOR,
  MANAGED_RUNTIME_NODE_OPTIONS,
  SCRIPT_START_FILE,
  writeCodeCache,
  writeScriptStart,
} from '../../src/build/index.js';
import { startEmulator } from '../../src/emulator/index.js';
import { createProject, HELLO_HANDLER, type TestProject } from './support/project.js';

const CONDITIONS = ['lambdakit-source'];
const MAJOR = Number.parseInt(process.versions.node, 10);

/** A function whose init leaves a mark, and whose handler shows it runs as strict mode code. */
const MARKS_INIT = `
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// beside the start that runs it (process.argv[1])
writeFileSync(join(dirname(process.argv[1] ?? ''), 'init-ran'), process.env.AWS_LAMBDA_FUNCTION_NAME ?? '');
function thisOfACall(this: unknown) {
  return this;
}
export const handler = async (event: { n: number }) => {
  let frozenWrite = 'allowed';
  try {
    (Object.freeze({ n: 1 }) as { n: number }).n = 2;
  } catch (error) {
    frozenWrite = (error as Error).name;
  }
  return { doubled: event.n * 2, thisOfACall: typeof thisOfACall(), frozenWrite };
};
`;

/** Runs `command` on the emulator, invokes it once, and keeps what it wrote to stderr. */
async function invokeOnce(command: string[], event: unknown): Promise<{ body: unknown; stderr: string[] }> {
  const stderr: string[] = [];
  const emulator = await startEmulator({
    command,
    output: (line, stream) => {
      if (stream === 'stderr') stderr.push(line);
    },
  });
  try {
    const result = await emulator.invoke(event);
    return { body: result.json(), stderr };
  } finally {
    await emulator.stop();
  }
}

describe('writeCodeCache', () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
  });
  afterAll(() => project.cleanup());

  it("makes the cache after a training start that ran the function's init, and the start takes it", async () => {
    const entry = project.write('marks.ts', MARKS_INIT);
    const outdir = join(project.dir, 'out-marks');
    await bundleFunction({ entry, outdir, conditions: CONDITIONS });
    const cache = await writeCodeCache(outdir);
    expect(cache).toEqual({
      start: join(outdir, SCRIPT_START_FILE),
      file: join(outdir, CODE_CACHE_FILE),
      madeAfter: 'init',
    });
    // The training start ran init, in Lambda's environment with a made-up function name.
    expect(readFileSync(join(outdir, 'init-ran'), 'utf8')).toBe('lambdakit-build');
    rmSync(join(outdir, 'init-ran'));
    expect(readFileSync(cache!.file).length).toBeGreaterThan(10_000);

    const { body, stderr } = await invokeOnce([process.execPath, cache!.start], { n: 21 });
    // Strict mode code, as in the ES module: no global `this`, and a write to a frozen object throws.
    expect(body).toEqual({ doubled: 42, thisOfACall: 'undefined', frozenWrite: 'TypeError' });
    expect(readFileSync(join(outdir, 'init-ran'), 'utf8')).toBe('function');
    expect(stderr.join('\n')).not.toContain('lambdakit:');
  });

  it("keeps the bundle's line numbers in stack traces, minified or not", async () => {
    const entry = project.write(
      'throws.ts',
      "export const handler = async () => {\n  throw new RangeError('from the handler');\n};\n",
    );
    for (const minify of [false, true]) {
      const outdir = join(project.dir, `out-throws-${minify}`);
      await bundleFunction({ entry, outdir, conditions: CONDITIONS, minify });
      expect(await writeCodeCache(outdir)).toMatchObject({ madeAfter: 'init' });
      const { body } = await invokeOnce([process.execPath, join(outdir, SCRIPT_START_FILE)], {});
      const { stackTrace } = body as { stackTrace: string[] };
      const [, line, column] = /index\.mjs:(\d+):(\d+)/.exec(stackTrace[0] ?? '') ?? [];
      const source = readFileSync(join(outdir, 'index.mjs'), 'latin1').split('\n')[Number(line) - 1] ?? '';
      expect(source.slice(Number(column) - 1)).toMatch(/^new RangeError\("from the handler"\)/);
    }
  });

  it('says so on stderr and starts without a cache V8 rejects', async () => {
    const entry = project.write('rejected.ts', HELLO_HANDLER);
    const outdir = join(project.dir, 'out-rejected');
    await bundleFunction({ entry, outdir, conditions: CONDITIONS });
    const cache = await writeCodeCache(outdir);
    // What another Node.js version's cache looks like to this one: bytes V8 does not take.
    writeFileSync(cache!.file, Buffer.alloc(4096, 7));
    const { body, stderr } = await invokeOnce([process.execPath, cache!.start], { name: 'cache' });
    expect(body).toMatchObject({ greeting: 'Hello cache' });
    expect(stderr.join('\n')).toMatch(
      /V8 did not take \S+index\.mjs\.cache: another Node\.js than v[\d.]+ made it, or V8 flags \(NODE_OPTIONS\) differ/,
    );
  });

  it('falls back to the compiled bundle when init fails at build time, and says why', async () => {
    const entry = project.write(
      'needs-config.ts',
      'if (!process.env.TABLE_NAME) throw new Error("TABLE_NAME is not set");\nexport const handler = () => 1;\n',
    );
    const outdir = join(project.dir, 'out-needs-config');
    await bundleFunction({ entry, outdir, conditions: CONDITIONS });
    const cache = await writeCodeCache(outdir);
    expect(cache).toMatchObject({ madeAfter: 'compile' });
    expect(cache?.trainingFailure).toMatch(/^its init failed: Error: TABLE_NAME is not set/);
    expect(readFileSync(cache!.file).length).toBeGreaterThan(1000);
    // Started so on Lambda, the init error is reported as the invocation's error.
    const { body } = await invokeOnce([process.execPath, cache!.start], {});
    expect(body).toMatchObject({ errorType: 'Error', errorMessage: 'TABLE_NAME is not set' });
  });

  it('leaves a bundle that must stay an ES module (top-level await) to the module start', async () => {
    const entry = project.write(
      'awaits.ts',
      "import { run } from 'lambdakit';\nawait Promise.resolve();\nrun(async () => 'awaited');\n",
    );
    const outdir = join(project.dir, 'out-awaits');
    const steps = await buildFunction({ entry, outdir, conditions: CONDITIONS });
    expect(steps.map(({ step }) => step)).not.toContain('code cache');
    expect(existsSync(join(outdir, SCRIPT_START_FILE))).toBe(false);
    expect(existsSync(join(outdir, CODE_CACHE_FILE))).toBe(false);
    expect(readFileSync(join(outdir, 'bootstrap'), 'utf8')).toBe(bootstrapSource('module'));
    const { body } = await invokeOnce([join(outdir, 'bootstrap')], {});
    expect(body).toBe('awaited');
  });

  it('keeps a dynamic import() working, on Node.js 20 by leaving the bundle to the module start', async () => {
    const entry = project.write(
      'imports.ts',
      'export const handler = async (event: { spec: string }) => (await import(event.spec)).platform();\n',
    );
    const outdir = join(project.dir, 'out-imports');
    await buildFunction({ entry, outdir, conditions: CONDITIONS });
    // Node.js 20's V8 drops a script's dynamic import callback when it takes a code cache.
    const start = Number.parseInt(process.versions.node, 10) < 22 ? 'module' : 'script';
    expect(readFileSync(join(outdir, 'bootstrap'), 'utf8')).toBe(bootstrapSource(start));
    expect(existsSync(join(outdir, CODE_CACHE_FILE))).toBe(start === 'script');
    const { body } = await invokeOnce([join(outdir, 'bootstrap')], { spec: 'node:os' });
    expect(body).toBe(process.platform);
  });

  it('is what buildFunction ships for the provided target, with the script start in the bootstrap', async () => {
    const entry = project.write('built.ts', HELLO_HANDLER);
    const outdir = join(project.dir, 'out-built');
    const steps = await buildFunction({ entry, outdir, conditions: CONDITIONS });
    expect(steps.map(({ step }) => step)).toEqual([
      'bundle',
      'source map',
      'licenses',
      'start',
      'code cache',
      'bootstrap',
    ]);
    expect(steps.find(({ step }) => step === 'code cache')?.note).toBe('made after init');
    expect(readFileSync(join(outdir, 'bootstrap'), 'utf8')).toBe(bootstrapSource('script'));
    const { body, stderr } = await invokeOnce([join(outdir, 'bootstrap')], { name: 'built' });
    expect(body).toMatchObject({ greeting: 'Hello built' });
    expect(stderr.join('\n')).not.toContain('lambdakit:');

    // Built again for the managed runtime, the folder keeps only what that runtime runs.
    await buildFunction({ entry, outdir, conditions: CONDITIONS, target: 'nodejs' });
    for (const name of ['bootstrap', SCRIPT_START_FILE]) expect(existsSync(join(outdir, name))).toBe(false);
    // The handler start from Node.js 24 on (see the managed target's tests below).
    expect(existsSync(join(outdir, HANDLER_START_FILE))).toBe(MAJOR >= MANAGED_CODE_CACHE_MAJOR);
    // And again for the custom runtime: no handler start or package.json of its stays.
    writeFileSync(join(outdir, HANDLER_START_FILE), '');
    await writeScriptStart(outdir, 'handler');
    await buildFunction({ entry, outdir, conditions: CONDITIONS });
    for (const name of [HANDLER_START_FILE, COMMONJS_SCOPE_FILE])
      expect(existsSync(join(outdir, name))).toBe(false);
  });
});

/**
 * Loads `<dir>/index.js` in a child process as a managed Node.js runtime does (its `node` options;
 * aws-lambda-ric 4 `import()`s the file, earlier clients `require` it), calls its `handler` once, and
 * keeps its stderr.
 */
function loadAsManagedRuntime(
  dir: string,
  how: 'import' | 'require',
  event: unknown,
  nodeOptions: readonly string[] = MANAGED_RUNTIME_NODE_OPTIONS,
): { body: unknown; stderr: string } {
  const load =
    how === 'import'
      ? 'const m = await import(process.argv[1]); const handler = m.handler ?? m.default.handler;'
      : 'const { handler } = (await import("node:module")).createRequire(import.meta.url)(process.argv[1]);';
  const call = `${load}\nconsole.log(JSON.stringify(await handler(JSON.parse(process.argv[2]), { awsRequestId: 'req-1' })));`;
  const result = spawnSync(
    process.execPath,
    [...nodeOptions, '--input-type=module', '-e', call, join(dir, HANDLER_START_FILE), JSON.stringify(event)],
    { encoding: 'utf8', env: { PATH: process.env.PATH, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' } },
  );
  expect(result.status, result.stderr).toBe(0);
  return { body: JSON.parse(result.stdout.trim().split('\n').pop() ?? ''), stderr: result.stderr };
}

describe('the handler start of the managed target', () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    // A project whose package.json makes .js files ES modules: index.js must stay CommonJS.
    project.write('package.json', JSON.stringify({ type: 'module' }));
  });
  afterAll(() => project.cleanup());

  /** Bundles `entry` for the managed runtime into `outdir` and writes its handler start. */
  async function handlerStart(entry: string, outdir: string) {
    await bundleFunction({ entry, outdir, conditions: CONDITIONS, target: 'nodejs' });
    return writeCodeCache(outdir, { start: 'handler' });
  }

  it("is index.js, with a code cache made once the module was evaluated, under the runtime's node options", async () => {
    const entry = project.write('marks.ts', MARKS_INIT);
    const outdir = join(project.dir, 'out-managed');
    expect(await handlerStart(entry, outdir)).toEqual({
      start: join(outdir, HANDLER_START_FILE),
      scope: join(outdir, COMMONJS_SCOPE_FILE),
      file: join(outdir, CODE_CACHE_FILE),
      madeAfter: 'init',
    });
    // The training loaded the module in Lambda's environment variables, with a made-up function name.
    expect(readFileSync(join(outdir, 'init-ran'), 'utf8')).toBe('lambdakit-build');
    for (const how of ['import', 'require'] as const) {
      const { body, stderr } = loadAsManagedRuntime(outdir, how, { n: 4 });
      expect(body).toEqual({ doubled: 8, thisOfACall: 'undefined', frozenWrite: 'TypeError' });
      expect(stderr).not.toContain('lambdakit:');
    }
    // Without the managed runtime's options, V8 takes the cache as made for another runtime.
    const { body, stderr } = loadAsManagedRuntime(outdir, 'import', { n: 5 }, []);
    expect(body).toMatchObject({ doubled: 10 });
    expect(stderr).toMatch(/V8 did not take \S+index\.mjs\.cache/);
  });

  it('falls back to the compiled bundle when the module throws at build time, and says why', async () => {
    const entry = project.write(
      'managed-needs-config.ts',
      'if (!process.env.TABLE_NAME) throw new Error("TABLE_NAME is not set");\nexport const handler = () => 1;\n',
    );
    const cache = await handlerStart(entry, join(project.dir, 'out-managed-needs-config'));
    expect(cache).toMatchObject({ madeAfter: 'compile' });
    expect(cache?.trainingFailure).toBe('its init failed: Error: TABLE_NAME is not set');
  });

  it("is not written where the folder has a package.json of the project's own", async () => {
    const entry = project.write('managed-own.ts', HELLO_HANDLER);
    const outdir = join(project.dir, 'out-managed-own');
    project.write('out-managed-own/package.json', '{ "name": "mine" }\n');
    expect(await handlerStart(entry, outdir)).toBeUndefined();
    expect(existsSync(join(outdir, HANDLER_START_FILE))).toBe(false);
    expect(readFileSync(join(outdir, 'package.json'), 'utf8')).toBe('{ "name": "mine" }\n');
  });

  it('is what buildFunction ships for the managed target when the function runs on Node.js 24 or later', async () => {
    const entry = project.write('managed-built.ts', HELLO_HANDLER);
    const outdir = join(project.dir, 'out-managed-built');
    // What an earlier build left there goes, or is made anew.
    project.write('out-managed-built/index.mjs.cache', 'stale');
    const steps = await buildFunction({ entry, outdir, conditions: CONDITIONS, target: 'nodejs' });
    // Before 24, V8 checks a cache against the heap sizes the runtime sets from the function's
    // memory too, which the build does not know: the runtime then imports index.mjs.
    const shipped = MAJOR >= MANAGED_CODE_CACHE_MAJOR;
    expect(steps.map(({ step }) => step).includes('code cache')).toBe(shipped);
    expect(existsSync(join(outdir, HANDLER_START_FILE))).toBe(shipped);
    expect(existsSync(join(outdir, CODE_CACHE_FILE))).toBe(shipped);
    if (shipped) {
      const { body, stderr } = loadAsManagedRuntime(outdir, 'import', { name: 'built' });
      expect(body).toEqual({ greeting: 'Hello built', requestId: 'req-1' });
      expect(stderr).not.toContain('lambdakit:');
    }
  });
});
