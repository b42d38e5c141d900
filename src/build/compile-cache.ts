import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The folder beside the bundle that holds its compile cache (`NODE_COMPILE_CACHE` in `bootstrap`). */
export const COMPILE_CACHE_DIR = '.node-compile-cache';

/**
 * Run by `node` with the bundle and the cache folder as arguments: enables a portable compile
 * cache, then imports the bundle with every import of the bundle failing to resolve, so Node
 * compiles it (and caches the code) but never runs it: the function's init code does not run at
 * build time. Prints the cache's status (`module.constants.compileCacheStatus`).
 */
const COMPILE_ONLY = `
import * as module from 'node:module';
import { pathToFileURL } from 'node:url';
const [bundle, directory] = process.argv.slice(1);
let status = 0;
try {
  status = module.enableCompileCache?.({ directory, portable: true }).status ?? 0;
} catch {} // a Node.js that takes the folder only: its cache is not portable
if (status === 1) {
  const url = pathToFileURL(bundle).href;
  module.register('data:text/javascript,' + encodeURIComponent(
    'export function resolve(s, c, next) {' +
    ' if (c.parentURL === ' + JSON.stringify(url) + ') throw new Error("compile only");' +
    ' return next(s, c); }'));
  await import(url).catch(() => {});
}
console.log(status);
`;

/**
 * Writes Node.js's module compile cache of a bundle into {@link COMPILE_CACHE_DIR} beside it, as
 * the Node.js at `node` makes it, without running the bundle. A Node.js that runs the bundle
 * with `NODE_COMPILE_CACHE=<that folder>` and `NODE_COMPILE_CACHE_PORTABLE=1` (the `bootstrap`
 * sets both) then skips compiling it.
 * The cache holds only what V8 compiles before running the module, and only the same Node.js
 * version uses it (others ignore it). Resolves to the cache file, or to undefined when that
 * Node.js has no portable compile cache (before 24.12), writing nothing then.
 *
 * @example
 * ```ts
 * const cache = await writeCompileCache('dist-lambda/index.mjs');
 * ```
 */
export async function writeCompileCache(
  bundle: string,
  node = process.execPath,
): Promise<string | undefined> {
  const directory = join(dirname(bundle), COMPILE_CACHE_DIR);
  await rm(directory, { recursive: true, force: true });
  const status = await runNode(node, ['--input-type=module', '-e', COMPILE_ONLY, bundle, directory]);
  if (status !== '1') {
    await rm(directory, { recursive: true, force: true });
    return undefined;
  }
  const files = await readdir(directory, { recursive: true, withFileTypes: true });
  const cache = files.find((entry) => entry.isFile());
  return cache ? join(cache.parentPath, cache.name) : undefined;
}

function runNode(node: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const { NODE_COMPILE_CACHE: _, NODE_COMPILE_CACHE_PORTABLE: __, ...env } = process.env;
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(out.trim())
        : reject(new Error(`${node} exited with ${code} writing the compile cache`)),
    );
  });
}
