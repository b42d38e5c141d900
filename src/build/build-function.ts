import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeBootstrap } from './bootstrap.js';
import { type BuildStep, BuildSteps } from './build-steps.js';
import type { BundleOptions } from './bundle-function.js';
import { MANAGED_CODE_CACHE_MAJOR, nodeMajor } from './code-cache.js';
import { COMPILE_CACHE_DIR, writeCompileCache } from './compile-cache.js';
import {
  CODE_CACHE_FILE,
  HANDLER_START_FILE,
  removeCommonJsScope,
  SCRIPT_START_FILE,
} from './script-start.js';
import { zipFunction } from './zip-function.js';

/** Options of {@link buildFunction}. */
export interface BuildFunctionOptions extends Omit<BundleOptions, 'extensionName'> {
  /**
   * Also write the deployment zip `<outdir>.zip` (beside the folder) holding what the folder holds.
   * @default false
   */
  readonly zip?: boolean;
  /**
   * Make the code cache after a training start that runs the function's init at build time (see
   * {@link writeCodeCache}); false makes it without running any of the function.
   * @default true
   */
  readonly train?: boolean;
  /**
   * The Node.js that makes the code cache (or compile cache): the version the function runs on,
   * since no other takes it.
   * @default process.execPath
   */
  readonly node?: string;
}

/**
 * Builds what Lambda takes, in `outdir`: the bundle and its source map, and with `zip` the
 * deployment package. For the `provided` target also a `bootstrap`. For both, what makes the bundle
 * start sooner: a script start (`start.cjs`, which the `bootstrap` runs; for the managed target,
 * when `node` is Node.js 24 or later, `index.js`, which the runtime loads before `index.mjs`) and
 * V8's code cache of it, made after a training start that runs the function's init at build time
 * (see {@link writeCodeCache}); or for a bundle that must stay an ES module (and on the managed
 * target before Node.js 24), Node.js's compile cache when the Node.js running the build makes a
 * portable one (see {@link writeCompileCache}). Resolves to one {@link BuildStep} per file, in the
 * order they were made.
 *
 * @example
 * ```ts
 * const steps = await buildFunction({ entry: 'src/orders.ts', outdir: 'dist-lambda', zip: true });
 * for (const { step, file, bytes } of steps) console.log(step, file, bytes);
 * ```
 */
export async function buildFunction(options: BuildFunctionOptions): Promise<readonly BuildStep[]> {
  const outdir = resolve(options.outdir);
  const steps = new BuildSteps();
  const files = await steps.bundle({ ...options, outdir });
  const provided = (options.target ?? 'provided') === 'provided';
  // The folder (what SAM's CodeUri uploads) holds only what this build made for this target.
  await Promise.all([
    ...[...(provided ? [] : ['bootstrap']), SCRIPT_START_FILE, HANDLER_START_FILE, CODE_CACHE_FILE].map(
      (name) => rm(join(outdir, name), { force: true }),
    ),
    removeCommonJsScope(outdir),
  ]);
  const codeCache =
    provided || (await nodeMajor(options.node ?? process.execPath)) >= MANAGED_CODE_CACHE_MAJOR
      ? await steps.codeCache(outdir, { ...options, start: provided ? 'loop' : 'handler' })
      : undefined;
  if (codeCache) {
    files.push(codeCache.start, ...(codeCache.scope ? [codeCache.scope] : []), codeCache.file);
    await rm(join(outdir, COMPILE_CACHE_DIR), { recursive: true, force: true });
  } else {
    const cache = await steps.runIfWritten('compile cache', () => writeCompileCache(files[0]!, options.node));
    if (cache) files.push(cache);
  }
  if (provided) {
    files.unshift(
      await steps.run('bootstrap', () => writeBootstrap(outdir, codeCache ? 'script' : 'module')),
    );
  }
  if (options.zip) await steps.run('zip', () => zipFunction(`${outdir}.zip`, outdir, files));
  return steps.list;
}
