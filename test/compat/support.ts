import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isRecord } from '../../events/support/guards.js';

/** An encoded Lambda HTTP result, read back as a client would see it. */
export interface DecodedResult {
  readonly status: number;
  /** Lower-case names; repeated values joined with ', '; `set-cookie` left out. */
  readonly headers: Record<string, string>;
  /** Every `Set-Cookie`, from `cookies[]`, multi-value headers or the case-varied single headers. */
  readonly cookies: string[];
  readonly body: Buffer;
}

/** Reads any integration's buffered result (REST, HTTP API, ALB, Function URL, Lattice). */
export function decodeResult(result: unknown): DecodedResult {
  if (!isRecord(result) || typeof result.statusCode !== 'number') throw new TypeError('not an HTTP result');
  const headers: Record<string, string> = {};
  const cookies: string[] = Array.isArray(result.cookies) ? result.cookies.map(String) : [];
  const map = isRecord(result.multiValueHeaders) ? result.multiValueHeaders : result.headers;
  for (const [name, value] of Object.entries(isRecord(map) ? map : {})) {
    const values = (Array.isArray(value) ? value : [value]).map(String);
    if (name.toLowerCase() === 'set-cookie') cookies.push(...values);
    else headers[name.toLowerCase()] = values.join(', ');
  }
  const text = typeof result.body === 'string' ? result.body : '';
  const body = result.isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
  return { status: result.statusCode, headers, cookies, body };
}

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

/**
 * Bundles test/compat/functions/<name>.ts into one ES module with lambdakit's TypeScript sources,
 * as `lambdakit build --no-wrap` does for a module that starts its own loop (esbuild directly, so
 * these tests do not follow changes to the build command).
 */
export async function bundleCompatFunction(name: string): Promise<string> {
  const outfile = join(ROOT, '.lambdakit', 'test-functions', `compat-${name}`, 'index.mjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'compat', 'functions', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    mainFields: ['module', 'main'],
    conditions: ['lambdakit-source'],
    keepNames: true,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return outfile;
}
