import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeBootstrap } from './bootstrap.js';
import { type BuildStep, BuildSteps } from './build-steps.js';
import type { BundleOptions } from './bundle-function.js';
import { writeCompileCache } from './compile-cache.js';
import { zipFunction } from './zip-function.js';

/** Options of {@link buildFunction}. */
export interface BuildFunctionOptions extends Omit<BundleOptions, 'extensionName'> {
  /**
   * Also write the deployment zip `<outdir>.zip` (beside the folder) holding what the folder holds.
   * @default false
   */
  readonly zip?: boolean;
}

/**
 * Builds what Lambda takes, in `outdir`: the bundle and its source map, its compile cache when the
 * Node.js running the build makes a portable one (see {@link writeCompileCache}), a `bootstrap`
 * for the `provided` target, and with `zip` the deployment package. Resolves to one {@link BuildStep}
 * per file, in the order they were made.
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
  const cache = await steps.runIfWritten('compile cache', () => writeCompileCache(files[0]!));
  if (cache) files.push(cache);
  if ((options.target ?? 'provided') === 'provided') {
    files.unshift(await steps.run('bootstrap', () => writeBootstrap(outdir)));
  } else {
    // The folder (what SAM's CodeUri uploads) holds only what this target runs.
    await rm(join(outdir, 'bootstrap'), { force: true });
  }
  if (options.zip) await steps.run('zip', () => zipFunction(`${outdir}.zip`, outdir, files));
  return steps.list;
}
