import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REQUIRE_BANNER } from './require-banner.js';

/**
 * Which start runs the bundle as a script: `loop`, the custom runtime's (the bundle starts
 * lambdakit's loop, or an extension's); `handler`, the managed Node.js runtime's handler module
 * (the bundle exports `handler`, and the start exports it in turn).
 */
export type ScriptStartKind = 'loop' | 'handler';

/** The custom runtime's script start, beside the bundle: the `bootstrap` runs it. */
export const SCRIPT_START_FILE = 'start.cjs';

/**
 * The managed runtime's script start, beside the bundle. For `_HANDLER=index.handler` the runtime
 * loads the first of `index`, `index.js`, `index.mjs` and `index.cjs` that exists, so it loads this
 * one (a CommonJS module) before `index.mjs`.
 */
export const HANDLER_START_FILE = 'index.js';

/**
 * Beside the handler start: makes `index.js` a CommonJS module whatever a `package.json` in the
 * folders above says (`"type": "module"` there would make it an ES module).
 */
export const COMMONJS_SCOPE_FILE = 'package.json';

const COMMONJS_SCOPE = '{ "type": "commonjs" }\n';

/** V8's code cache of the bundle run as a script, beside it. */
export const CODE_CACHE_FILE = 'index.mjs.cache';

/**
 * Set by the build alone, for the start it runs: `compile` writes the code cache of the compiled
 * bundle and ends without running it; `init` runs it and writes the cache once its init has run
 * (the loop start: when sent `SIGUSR2`; the handler start: once the bundle has been evaluated).
 */
export const CODE_CACHE_MODE_ENV = 'LAMBDAKIT_CODE_CACHE';

const bannerLines = REQUIRE_BANNER.split('\n').length;

/** The file each start is written to. */
export function scriptStartFile(kind: ScriptStartKind): string {
  return kind === 'loop' ? SCRIPT_START_FILE : HANDLER_START_FILE;
}

/**
 * A script start: runs `index.mjs` from its folder as a classic script, compiled with V8's code
 * cache `index.mjs.cache` when there is one. Node.js then neither starts its ES module loader nor
 * compiles what the cache holds, which can be every function the start-up runs (a module's cache
 * holds only what V8 compiles before running it). The bundle's banner lines become the script's
 * opening and blank space, so the source map's line numbers still hold; the script gets `require`
 * as a parameter and runs in strict mode, as the module did. A cache that V8 rejects (another
 * Node.js version made it, or V8 flags such as NODE_OPTIONS' `--max-old-space-size` differ from the
 * build's) is reported on stderr and not used. The `handler` start turns the bundle's closing
 * `export { … }` into the script's return value (on the same lines) and exports its `handler`.
 *
 * The script's text is made in the buffer the bundle is read into, and the cache is then read into
 * that same buffer: each page of memory a process touches for the first time costs it a page fault,
 * about 15 µs in a Firecracker microVM (bench/RESULTS.md, 2026-12-03 19:45), and a text assembled
 * from pieces would be copied once more by V8 before it compiles it.
 */
export function scriptStartSource(kind: ScriptStartKind): string {
  const what = kind === 'loop' ? "lambdakit's start" : 'the handler module the managed runtime loads';
  return `'use strict';
// ${what}: runs index.mjs as a script, with V8's code cache index.mjs.cache.
const { closeSync, fstatSync, openSync, readSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const vm = require('node:vm');
const bundle = __dirname + '/index.mjs';
const cacheFile = bundle + '.cache';
const mode = process.env.${CODE_CACHE_MODE_ENV};
const opening = "(function (require) {'use strict';";
function readAll(fd, bytes, size) {
  for (let at = 0; at < size; ) at += readSync(fd, bytes, at, size - at, at);
  closeSync(fd);
}
// The script's text is made in the buffer the bundle is read into, then the cache is read into it:
// memory touched for the first time is what a start spends most on in a microVM. In a function, so
// that the buffer is garbage once the script is compiled.
function compile() {
  const fd = openSync(bundle, 'r');
  const size = fstatSync(fd).size;
  let cacheFd;
  if (mode === undefined) {
    try {
      cacheFd = openSync(cacheFile, 'r');
    } catch {}
  }
  const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
  const bytes = Buffer.allocUnsafeSlow(Math.max(size + 3, cacheSize));
  readAll(fd, bytes, size);
  // The banner's lines become the opening and spaces: every line after them keeps its number.
  let bodyStart = 0;
  for (let line = 0; line < ${bannerLines}; line++) bodyStart = bytes.indexOf(10, bodyStart) + 1;
  if (bodyStart <= opening.length) throw new Error('lambdakit: ' + bundle + ' does not start with its banner');
  for (let at = 0; at < bodyStart; at++) if (bytes[at] !== 10) bytes[at] = 32;
  bytes.write(opening, 0, 'latin1');
${kind === 'loop' ? '' : HANDLER_RETURN}  bytes.write('\\n})', size, 'latin1');
  const source = bytes.toString('latin1', 0, size + 3);
  let cachedData;
  if (cacheFd !== undefined) {
    readAll(cacheFd, bytes, cacheSize);
    cachedData = bytes.subarray(0, cacheSize);
  }
  // Strict, as the ES module it was: a module's code is strict mode code, a script's is not.
  const script = new vm.Script(source, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (script.cachedDataRejected) {
    console.error('lambdakit: V8 did not take ' + cacheFile + ': another Node.js than ' + process.version + ' made it, or V8 flags (NODE_OPTIONS) differ; started without it');
  }
  return script;
}
const script = compile();
if (mode === 'compile') {
  writeFileSync(cacheFile, script.createCachedData());
} else {
${kind === 'loop' ? LOOP_RUN : HANDLER_RUN}
}
`;
}

/**
 * The handler start's closing `export { a as handler }` made `return { handler: a }` in place: an
 * entry `a as b` is two characters longer than `b: a`, and spaces fill what is left.
 */
const HANDLER_RETURN = `  const text = bytes.subarray(0, size);
  const exportAt = text.lastIndexOf('\\nexport {');
  const exportEnd = text.indexOf('}', exportAt);
  if (exportAt < bodyStart || exportEnd < 0) throw new Error('lambdakit: ' + bundle + ' ends with no export { handler }');
  const exported = bytes.toString('latin1', exportAt + 9, exportEnd).replace(/([\\w$]+) as ([\\w$]+)/g, '$2: $1');
  bytes.fill(32, exportAt, exportEnd);
  bytes.write('\\nreturn {' + exported, exportAt, 'latin1');
`;

const LOOP_RUN = `  if (mode === 'init') {
    process.once('SIGUSR2', () => {
      writeFileSync(cacheFile, script.createCachedData());
      process.exit(0);
    });
  }
  script.runInThisContext()(createRequire(bundle));`;

const HANDLER_RUN = `  module.exports.handler = script.runInThisContext()(createRequire(bundle)).handler;
  if (mode === 'init') {
    setImmediate(() => {
      writeFileSync(cacheFile, script.createCachedData());
      process.exit(0);
    });
  }`;

/** What {@link writeScriptStart} wrote in a folder. */
export interface ScriptStartFiles {
  /** The script start ({@link scriptStartFile}). */
  readonly start: string;
  /** The handler start's {@link COMMONJS_SCOPE_FILE}. */
  readonly scope?: string;
}

/**
 * Writes the script start of `kind` ({@link scriptStartFile}) beside the bundle in `outdir`, and for
 * the handler start the {@link COMMONJS_SCOPE_FILE} that keeps it CommonJS. Resolves to the files
 * written; or to undefined, writing nothing, when `outdir` holds a `package.json` of its own (not
 * one this function wrote), which the handler start would have to replace.
 *
 * @example
 * ```ts
 * await writeScriptStart('dist-lambda', 'loop'); // dist-lambda/start.cjs runs dist-lambda/index.mjs
 * ```
 */
export async function writeScriptStart(
  outdir: string,
  kind: ScriptStartKind,
): Promise<ScriptStartFiles | undefined> {
  const start = join(outdir, scriptStartFile(kind));
  if (kind === 'loop') {
    await writeFile(start, scriptStartSource(kind));
    return { start };
  }
  const scope = join(outdir, COMMONJS_SCOPE_FILE);
  const found = await readFile(scope, 'utf8').catch(() => undefined);
  if (found !== undefined && found !== COMMONJS_SCOPE) return undefined;
  await Promise.all([writeFile(start, scriptStartSource(kind)), writeFile(scope, COMMONJS_SCOPE)]);
  return { start, scope };
}

/** Removes the {@link COMMONJS_SCOPE_FILE} {@link writeScriptStart} wrote in `outdir`, if there is one. */
export async function removeCommonJsScope(outdir: string): Promise<void> {
  const scope = join(outdir, COMMONJS_SCOPE_FILE);
  if ((await readFile(scope, 'utf8').catch(() => undefined)) === COMMONJS_SCOPE) await rm(scope);
}
