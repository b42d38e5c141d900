import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFunction } from '../../../src/build/index.js';
import {
  type Emulator,
  type EmulatorOptions,
  type InvocationReport,
  startEmulator,
} from '../../../src/emulator/index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');

/**
 * Bundles test/emulator/functions/http-app.ts with lambdakit's TypeScript sources (the
 * `lambdakit-source` condition), as `lambdakit dev` would; `name` keeps parallel files apart.
 */
export async function bundleHttpApp(name: string): Promise<string> {
  const { outfile } = await bundleFunction({
    entry: join(ROOT, 'test', 'emulator', 'functions', 'http-app.ts'),
    outdir: join(ROOT, '.lambdakit', 'test-functions', `emulator-http-app-${name}`),
    conditions: ['lambdakit-source'],
  });
  return outfile;
}

/** An emulator serving the bundled app, with its invocation reports. */
export async function serveHttpApp(
  outfile: string,
  options: Partial<EmulatorOptions> = {},
): Promise<{ emulator: Emulator; reports: InvocationReport[]; output: string[] }> {
  const reports: InvocationReport[] = [];
  const output: string[] = [];
  const emulator = await startEmulator({
    command: [process.execPath, '--enable-source-maps', outfile],
    output: (line) => output.push(line),
    onInvocation: (report) => reports.push(report),
    ...options,
  });
  return { emulator, reports, output };
}

/** A response as a node:http client saw it, with the time each body chunk arrived. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly chunks: { readonly bytes: Buffer; readonly at: number }[];
  /** Whether the response ended properly (false: the connection was cut mid-body). */
  readonly complete: boolean;
  /** When the response ended or was cut, in ms since the request was sent. */
  readonly endedAt: number;
}

/** Sends one request with node:http and records the answer chunk by chunk. */
export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolveResponse, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: { bytes: Buffer; at: number }[] = [];
      res.on('data', (bytes: Buffer) => chunks.push({ bytes, at: performance.now() - started }));
      const finish = () =>
        resolveResponse({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks.map((chunk) => chunk.bytes)),
          chunks,
          complete: res.complete,
          endedAt: performance.now() - started,
        });
      // 'close' also comes after a cut connection, where 'end' never does.
      res.once('close', finish);
      res.once('error', () => undefined);
    });
    req.once('error', reject);
    req.end(options.body);
  });
}
