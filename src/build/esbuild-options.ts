import { dirname, join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { builtinRequirePlugin } from './builtin-require-plugin.js';
import type { BundleOptions, BundleResult } from './bundle-function.js';
import { deferredModulePlugin } from './deferred-module-plugin.js';
import { generatedMain } from './generated-main.js';
import { sideEffectFreePlugin } from './side-effect-free-plugin.js';

/** Gives bundled CommonJS dependencies a `require` inside the ES module. */
const REQUIRE_BANNER =
  "import { createRequire as __lambdakitCreateRequire } from 'node:module';\n" +
  'const require = __lambdakitCreateRequire(import.meta.url);';

/** The esbuild options of a function bundle and the files they produce: one place for both build and watch. */
export function esbuildOptions(options: BundleOptions): { build: BuildOptions; files: BundleResult } {
  const entry = resolve(options.entry);
  const outfile = join(resolve(options.outdir), 'index.mjs');
  const input: BuildOptions =
    options.wrap === false
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: generatedMain(entry, options.handler),
            resolveDir: dirname(entry),
            sourcefile: 'lambdakit-main.mjs',
            loader: 'js',
          },
        };
  const build: BuildOptions = {
    ...input,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    mainFields: ['module', 'main'],
    conditions: [...(options.conditions ?? [])],
    minify: options.minify ?? false,
    keepNames: options.minify ?? false,
    banner: { js: REQUIRE_BANNER },
    plugins: [sideEffectFreePlugin(), deferredModulePlugin(), builtinRequirePlugin()],
    logLevel: 'silent',
  };
  return { build, files: { outfile, sourcemapFile: `${outfile}.map` } };
}
