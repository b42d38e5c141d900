import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundleOptions, bundleFunction } from '../../src/build/bundle-function.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = join(ROOT, '.lambdakit', 'test-functions');

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles test/functions/<name>.ts with the runtime's TypeScript sources, as `lambdakit build`
 * does; once per name and handler in a test file (the bundle does not change between tests).
 */
export function bundleTestFunction(
  name: string,
  handler = 'handler',
  options: Pick<BundleOptions, 'target' | 'wrap'> = {},
): Promise<string> {
  const key = [name, handler, options.target, options.wrap].filter((part) => part !== undefined).join('-');
  let outfile = bundles.get(key);
  if (!outfile) {
    outfile = bundleFunction({
      entry: join(ROOT, 'test', 'functions', `${name}.ts`),
      outdir: join(OUT_DIR, key),
      handler,
      conditions: ['lambdakit-source'],
      ...options,
    }).then((result) => result.outfile);
    outfile.catch(() => bundles.delete(key));
    bundles.set(key, outfile);
  }
  return outfile;
}

/** A running function process and everything it printed. */
export interface FunctionProcess {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  /** Resolves with the output once it matches `pattern`; rejects after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a bundled function against a Runtime API address with the Lambda environment. */
export function startFunction(
  outfile: string,
  runtimeApi: string,
  env: Record<string, string> = {},
): FunctionProcess {
  const child = spawn(process.execPath, [outfile], {
    env: {
      PATH: process.env.PATH,
      AWS_LAMBDA_RUNTIME_API: runtimeApi,
      AWS_LAMBDA_FUNCTION_NAME: 'test',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/test',
      AWS_LAMBDA_LOG_STREAM_NAME: '2026/11/27/[$LATEST]0123456789abcdef',
      AWS_REGION: 'us-east-1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async waitForOutput(pattern, timeoutMs = 20_000) {
      const start = Date.now();
      while (!pattern.test(output)) {
        if (Date.now() - start > timeoutMs) throw new Error(`output never matched ${pattern}:\n${output}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return output;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
