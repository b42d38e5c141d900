import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REQUIRE_BANNER } from './require-banner.js';

/** The script start's file, beside the bundle: the `bootstrap` runs it. */
export const SCRIPT_START_FILE = 'start.cjs';

/** V8's code cache of the bundle run as a script, beside it. */
export const CODE_CACHE_FILE = 'index.mjs.cache';

/**
 * Set by the build alone, for the start it runs: `compile` writes the code cache of the compiled
 * bundle and ends without running it; `init` runs it and writes the cache when sent `SIGUSR2`.
 */
export const CODE_CACHE_MODE_ENV = 'LAMBDAKIT_CODE_CACHE';

const bannerLines = REQUIRE_BANNER.split('\n').length;

/**
 * The script start: runs `index.mjs` from its folder as a classic script, compiled with V8's code
 * cache `index.mjs.cache` when there is one. Node.js then neither starts its ES module loader nor
 * compiles what the cache holds, which can be every function the start-up runs (a module's cache
 * holds only what V8 compiles before running it). The bundle's banner lines become blank lines,
 * so the source map's line numbers still hold; the script gets `require` as a parameter and runs
 * in strict mode, as the module did. A
 * cache that V8 rejects (another Node.js version made it, or V8 flags such as NODE_OPTIONS'
 * `--max-old-space-size` differ from the build's) is reported on stderr and not used.
 */
export const SCRIPT_START_SOURCE = `'use strict';
// lambdakit's start: runs index.mjs as a script, with V8's code cache index.mjs.cache.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const vm = require('node:vm');
const bundle = __dirname + '/index.mjs';
const cacheFile = bundle + '.cache';
const mode = process.env.${CODE_CACHE_MODE_ENV};
// In a function, so that the file's text and the cache are garbage once the script is compiled.
function compile() {
  const source = readFileSync(bundle, 'latin1');
  let bodyStart = 0;
  for (let line = 0; line < ${bannerLines}; line++) bodyStart = source.indexOf('\\n', bodyStart) + 1;
  let cachedData;
  if (mode === undefined) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {}
  }
  // Strict, as the ES module it was: a module's code is strict mode code, a script's is not.
  const script = new vm.Script("(function (require) {'use strict';" + '\\n'.repeat(${bannerLines}) + source.slice(bodyStart) + '\\n})', {
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
  if (mode === 'init') {
    process.once('SIGUSR2', () => {
      writeFileSync(cacheFile, script.createCachedData());
      process.exit(0);
    });
  }
  script.runInThisContext()(createRequire(bundle));
}
`;

/**
 * Writes the script start {@link SCRIPT_START_FILE} beside the bundle in `outdir`.
 *
 * @example
 * ```ts
 * await writeScriptStart('dist-lambda'); // dist-lambda/start.cjs runs dist-lambda/index.mjs
 * ```
 */
export async function writeScriptStart(outdir: string): Promise<string> {
  const file = join(outdir, SCRIPT_START_FILE);
  await writeFile(file, SCRIPT_START_SOURCE);
  return file;
}
