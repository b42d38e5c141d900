import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { lambdaEnvironment } from '../emulator/lambda-env.js';
import { DEFAULT_EMULATOR_OPTIONS } from '../emulator/options.js';
import {
  CODE_CACHE_FILE,
  CODE_CACHE_MODE_ENV,
  removeCommonJsScope,
  type ScriptStartKind,
  writeScriptStart,
} from './script-start.js';

/** How long the training start may take to reach its first `/next` (Lambda gives an init 10 s). */
const TRAINING_TIMEOUT_MS = 30_000;

/**
 * The options the managed Node.js runtimes start `node` with that V8 checks a code cache against,
 * whatever the function's memory: a cache made without them is rejected there. (Their bootstrap
 * also sets the heap's sizes from the function's memory, which Node.js 24's V8 leaves out of that
 * check and earlier ones do not: see {@link MANAGED_CODE_CACHE_MAJOR}.)
 */
export const MANAGED_RUNTIME_NODE_OPTIONS: readonly string[] = ['--expose-gc'];

/**
 * The first Node.js whose code cache a managed runtime takes whatever the function's memory:
 * earlier versions' V8 checks the heap sizes the runtime derives from it too.
 */
export const MANAGED_CODE_CACHE_MAJOR = 24;

/** The function name the training start sees. */
const TRAINING_FUNCTION = 'lambdakit-build';

/** Options of {@link writeCodeCache}. */
export interface CodeCacheOptions {
  /**
   * The Node.js that makes the cache: the version the function runs on (another one's V8 rejects
   * it, and the start then says so on stderr at every cold start).
   * @default process.execPath
   */
  readonly node?: string;
  /**
   * Make the cache after a training start that runs the function's init; false makes it from the
   * compiled bundle alone, and no code of the function runs at build time.
   * @default true
   */
  readonly train?: boolean;
  /**
   * Which start runs the bundle: `loop` for the custom runtime (the bundle starts lambdakit's loop
   * or an extension's), `handler` for a managed Node.js runtime (the bundle exports `handler`).
   * @default 'loop'
   */
  readonly start?: ScriptStartKind;
}

/** What {@link writeCodeCache} wrote. */
export interface CodeCache {
  /**
   * The script start: `<outdir>/start.cjs`, what the `bootstrap` runs; or `<outdir>/index.js`, what
   * a managed runtime loads for `index.handler`.
   */
  readonly start: string;
  /** The handler start's `<outdir>/package.json`, which keeps `index.js` a CommonJS module. */
  readonly scope?: string;
  /** The code cache, `<outdir>/index.mjs.cache`. */
  readonly file: string;
  /**
   * `init`: made at the end of a training start, so it holds every function the start-up ran;
   * `compile`: made from the compiled bundle alone (`train: false`, or the training start failed).
   */
  readonly madeAfter: 'init' | 'compile';
  /** Why the training start failed (with `madeAfter: 'compile'`). */
  readonly trainingFailure?: string;
}

/**
 * Prepares the bundle `<outdir>/index.mjs` (a function's, or an extension's) to start as a script
 * with V8's code cache: writes the script start of kind `start` (see {@link scriptStartSource})
 * and the cache, made by the Node.js at `node` (only the same version takes it). The cache comes
 * from a *training start* (unless `train` is false): the loop start runs the bundle against a
 * Runtime API of its own, which stops it at its first `/next` (an extension's: `/event/next`), once
 * the init has run; the handler start is loaded as a managed runtime loads it (with
 * {@link MANAGED_RUNTIME_NODE_OPTIONS}), and stops once the bundle has been evaluated. The cache is
 * written then, with every function the start-up compiled.
 * **The function's init code runs at build time** (as Lambda SnapStart runs it when a version is
 * published), in Lambda's environment variables with a made-up function and no credentials: an
 * init that fails there (or takes over 30 s) leaves the cache of the compiled bundle instead, and
 * `trainingFailure` says why. Resolves to undefined, writing nothing, when the bundle cannot run
 * as a script (ES module syntax beyond the banner: a top-level `await`, `import.meta`), when the
 * handler start would have to replace a `package.json` of `outdir`'s own, or when it
 * keeps a dynamic `import()` (of a specifier esbuild could not bundle) and `node` is a Node.js 20,
 * whose scripts lose their dynamic import callback when compiled from a code cache.
 *
 * @example
 * ```ts
 * const cache = await writeCodeCache('dist-lambda');
 * if (cache?.trainingFailure) console.warn(`code cache made without init: ${cache.trainingFailure}`);
 * ```
 */
export async function writeCodeCache(
  outdir: string,
  { node = process.execPath, train = true, start: kind = 'loop' }: CodeCacheOptions = {},
): Promise<CodeCache | undefined> {
  const file = join(outdir, CODE_CACHE_FILE);
  await rm(file, { force: true });
  const major = await nodeMajor(node);
  if (major < 22 && (await keepsDynamicImport(join(outdir, 'index.mjs')))) return undefined;
  const written = await writeScriptStart(outdir, kind);
  if (!written) return undefined;
  const { start } = written;
  const nodeOptions = kind === 'handler' ? MANAGED_RUNTIME_NODE_OPTIONS : [];
  const compiled = spawn(node, [...nodeOptions, start], {
    env: { ...pathOnly(), [CODE_CACHE_MODE_ENV]: 'compile' },
    stdio: 'ignore',
  });
  const [code] = (await once(compiled, 'exit')) as [number | null];
  if (code !== 0) {
    await Promise.all([rm(start, { force: true }), rm(file, { force: true }), removeCommonJsScope(outdir)]);
    return undefined;
  }
  const made = { ...written, file };
  if (!train) return { ...made, madeAfter: 'compile' };
  const trainingFailure =
    kind === 'loop'
      ? await runTraining(node, start, outdir)
      : await loadHandlerStart(node, major, start, outdir);
  return trainingFailure === undefined
    ? { ...made, madeAfter: 'init' }
    : { ...made, madeAfter: 'compile', trainingFailure };
}

/** The major version of the Node.js at `node`. */
export async function nodeMajor(node: string): Promise<number> {
  const { stdout } = await promisify(execFile)(node, ['-p', 'process.versions.node']);
  return Number.parseInt(stdout, 10);
}

/** Whether the bundle's code (its comments left out) holds an `import(` call. */
async function keepsDynamicImport(bundle: string): Promise<boolean> {
  const { code } = await transform(await readFile(bundle, 'latin1'), {
    minifyWhitespace: true,
    loader: 'js',
  });
  return /\bimport\(/.test(code);
}

/** Runs the training start; resolves to why it failed, or undefined once it wrote its cache. */
async function runTraining(node: string, start: string, outdir: string): Promise<string | undefined> {
  let child: ChildProcess | undefined;
  let settle: (failure: string | undefined) => void = () => {};
  const outcome = new Promise<string | undefined>((resolve) => {
    settle = resolve;
  });
  const server = createServer((req, res) => answer(req, res, child, settle));
  await listen(server);
  const { port } = server.address() as AddressInfo;
  const env = lambdaEnvironment({
    ...DEFAULT_EMULATOR_OPTIONS,
    runtimeApi: `127.0.0.1:${port}`,
    functionName: TRAINING_FUNCTION,
    taskRoot: outdir,
  });
  child = spawn(node, [start], {
    env: { ...pathOnly(), ...env, [CODE_CACHE_MODE_ENV]: 'init' },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  void exited.then(([code, signal]) =>
    settle(`it ended (${signal ?? `exit code ${code}`}) before its first /next`),
  );
  const timer = setTimeout(
    () => settle(`no /next within ${TRAINING_TIMEOUT_MS / 1000} s`),
    TRAINING_TIMEOUT_MS,
  );
  try {
    const failure = await outcome;
    if (failure !== undefined) return failure;
    const [code] = await exited;
    return code === 0 ? undefined : `it ended with exit code ${code} writing the cache`;
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    server.closeAllConnections();
    server.close();
  }
}

/**
 * Run by `node` with the handler start as its argument: loads it as a managed runtime does, and
 * prints what it throws as `{ errorType, errorMessage }`, the form the Runtime API gets it in.
 */
const LOAD_HANDLER_START = `try {
  require(process.argv[1]);
} catch (error) {
  console.error(JSON.stringify({ errorType: error?.name, errorMessage: error?.message }));
  process.exit(1);
}`;

/**
 * The training start of the handler start: loaded in a managed runtime's environment variables
 * (`AWS_EXECUTION_ENV` naming the Node.js runtime of `major`), it writes its cache once the bundle
 * has been evaluated. Resolves to why it failed, or undefined.
 */
async function loadHandlerStart(
  node: string,
  major: number,
  start: string,
  outdir: string,
): Promise<string | undefined> {
  const { AWS_LAMBDA_RUNTIME_API: _, ...env } = lambdaEnvironment({
    ...DEFAULT_EMULATOR_OPTIONS,
    runtimeApi: '',
    functionName: TRAINING_FUNCTION,
    taskRoot: outdir,
  });
  const child = spawn(node, [...MANAGED_RUNTIME_NODE_OPTIONS, '-e', LOAD_HANDLER_START, start], {
    env: {
      ...pathOnly(),
      ...env,
      AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${major}.x`,
      [CODE_CACHE_MODE_ENV]: 'init',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), TRAINING_TIMEOUT_MS);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  if (code === 0) return undefined;
  if (signal === 'SIGKILL') return `it was not loaded within ${TRAINING_TIMEOUT_MS / 1000} s`;
  const reported = stderr.trim().split('\n').pop() ?? '';
  return reported.startsWith('{')
    ? `its init failed: ${describeError(reported)}`
    : `it ended (${signal ?? `exit code ${code}`}) while loading`;
}

/**
 * The training start's Runtime API and Extensions API: its first `/next` (a function's) or
 * `/event/next` (an extension's, after `register` and any telemetry subscription) stays open while
 * the start writes its cache (`SIGUSR2`); an init error ends the training.
 */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  child: ChildProcess | undefined,
  settle: (failure: string | undefined) => void,
): void {
  const path = req.url ?? '';
  if (path.endsWith('/runtime/invocation/next') || path.endsWith('/extension/event/next')) {
    settle(undefined);
    child?.kill('SIGUSR2');
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', () => {
    if (path.endsWith('/extension/register')) {
      res
        .writeHead(200, {
          'content-type': 'application/json',
          'lambda-extension-identifier': 'lambdakit-build',
        })
        .end(
          JSON.stringify({
            functionName: TRAINING_FUNCTION,
            functionVersion: '$LATEST',
            handler: 'index.handler',
          }),
        );
      return;
    }
    res
      .writeHead(req.method === 'PUT' ? 200 : 202, { 'content-type': 'application/json' })
      .end('{"status":"OK"}');
    if (path.endsWith('/init/error')) settle(`its init failed: ${describeError(body)}`);
  });
}

function describeError(body: string): string {
  try {
    const { errorType, errorMessage } = JSON.parse(body) as { errorType?: string; errorMessage?: string };
    return `${errorType ?? 'Error'}: ${errorMessage ?? ''}`;
  } catch {
    return body;
  }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject).listen(0, '127.0.0.1', resolve);
  });
}

/**
 * The starts see PATH and nothing else of the build's environment: `NODE_OPTIONS` could change how
 * V8 compiles (a cache made so would not match Lambda's), and the function's init must not find
 * the build's credentials.
 */
function pathOnly(): Record<string, string> {
  return { PATH: process.env.PATH ?? '' };
}
