import { join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { builtinRequirePlugin } from './builtin-require-plugin.js';
import type { BundleOptions, BundleResult } from './bundle-function.js';
import { bundledLazyModulesPlugin } from './bundled-lazy-modules-plugin.js';
import { decoratorMetadataPlugin } from './decorator-metadata-plugin.js';
import {
  DEFERRED_MODULES,
  deferredModulePlugin,
  HANDLER_MODULE_DEFERRED_MODULES,
} from './deferred-module-plugin.js';
import { entryInput } from './entry-input.js';
import type { EntryFacts } from './inspect-entry.js';
import { REQUIRE_BANNER } from './require-banner.js';
import { sideEffectFreePlugin } from './side-effect-free-plugin.js';
import { transformerStoragePlugin } from './transformer-storage-plugin.js';

/** The esbuild options of a function bundle and the files they produce: one place for both build and watch. */
export function esbuildOptions(
  options: BundleOptions,
  facts: EntryFacts,
): { build: BuildOptions; files: BundleResult } {
  const outfile = join(resolve(options.outdir), 'index.mjs');
  const build: BuildOptions = {
    ...entryInput(facts, options),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    mainFields: ['module', 'main'],
    conditions: [...(options.conditions ?? [])],
    minify: options.minify ?? false,
    // Class names reach users in messages (`OrderWorker.onMessage(SqsEvent)`), so none is renamed.
    keepNames: true,
    // Packages' license notices go to a file beside the bundle (`bundleFunction`): one of them
    // (undici's) holds a character outside ASCII, and a single one sends Node's UTF-8 decoding of
    // the whole bundle, at every cold start, down its slow path.
    legalComments: 'external',
    banner: { js: REQUIRE_BANNER },
    plugins: [
      bundledLazyModulesPlugin(),
      decoratorMetadataPlugin(),
      sideEffectFreePlugin(),
      deferredModulePlugin(options.target === 'nodejs' ? HANDLER_MODULE_DEFERRED_MODULES : DEFERRED_MODULES),
      builtinRequirePlugin(),
      transformerStoragePlugin(),
    ],
    logLevel: 'silent',
  };
  return { build, files: { outfile, sourcemapFile: `${outfile}.map` } };
}
