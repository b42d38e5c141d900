import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeBootstrap } from './bootstrap.js';
import { type BundleOptions, bundleFunction } from './bundle-function.js';
import { zipFunction } from './zip-function.js';

/** Options of {@link buildFunction}. */
export interface BuildFunctionOptions extends BundleOptions {
  /**
   * Also write the deployment zip `<outdir>.zip` (beside the folder) holding what the folder holds.
   * @default false
   */
  readonly zip?: boolean;
}

/** One file a build step wrote, for the build's summary. */
export interface BuildStep {
  /** What the step made. */
  readonly step: 'bundle' | 'source map' | 'bootstrap' | 'zip';
  /** The file, as an absolute path. */
  readonly file: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** How long the step took, in ms (the source map is written with the bundle: about 0). */
  readonly durationMs: number;
}

/**
 * Builds what Lambda takes, in `outdir`: the bundle and its source map, a `bootstrap` for the
 * `provided` target, and with `zip` the deployment package. Resolves to one {@link BuildStep}
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
  const steps: BuildStep[] = [];
  const record = async (step: BuildStep['step'], file: string, started: number): Promise<void> => {
    const durationMs = Math.round(performance.now() - started);
    steps.push({ step, file, bytes: (await stat(file)).size, durationMs });
  };
  let started = performance.now();
  const { outfile, sourcemapFile } = await bundleFunction({ ...options, outdir });
  await record('bundle', outfile, started);
  await record('source map', sourcemapFile, performance.now());
  const files = [outfile, sourcemapFile];
  if ((options.target ?? 'provided') === 'provided') {
    started = performance.now();
    const bootstrap = await writeBootstrap(outdir);
    await record('bootstrap', bootstrap, started);
    files.unshift(bootstrap);
  } else {
    // The folder (what SAM's CodeUri uploads) holds only what this target runs.
    await rm(join(outdir, 'bootstrap'), { force: true });
  }
  if (options.zip) {
    started = performance.now();
    await record('zip', await zipFunction(`${outdir}.zip`, files), started);
  }
  return steps;
}
