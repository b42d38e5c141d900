import { build } from 'esbuild';
import { esbuildOptions } from './esbuild-options.js';

/** Options of {@link bundleFunction}. */
export interface BundleOptions {
  /** The function module (TypeScript or JavaScript) exporting the handler. */
  readonly entry: string;
  /** Directory the bundle is written to, as `index.mjs` plus its source map. */
  readonly outdir: string;
  /**
   * The export to run.
   * @default 'handler', then 'default'
   */
  readonly handler?: string;
  /**
   * Extra package.json `exports` conditions, e.g. `['lambdakit-source']` to bundle lambdakit
   * from its TypeScript sources.
   * @default []
   */
  readonly conditions?: readonly string[];
  /**
   * Minify the bundle (names are kept, so error types and stack traces stay readable).
   * @default false
   */
  readonly minify?: boolean;
  /**
   * Wrap the entry in a generated main that runs its handler with `startModule`. Set false when
   * the entry starts the runtime loop itself (calls `run()` at top level).
   * @default true
   */
  readonly wrap?: boolean;
}

/** What {@link bundleFunction} wrote. */
export interface BundleResult {
  /** The bundle, `<outdir>/index.mjs`. */
  readonly outfile: string;
  /** Its source map, `<outdir>/index.mjs.map`. */
  readonly sourcemapFile: string;
}

/**
 * Bundles a function for Lambda with esbuild: one ES module for Node 20, source map, ESM builds of
 * dependencies preferred, class-validator and friends marked side-effect free.
 *
 * @example
 * ```ts
 * const { outfile } = await bundleFunction({ entry: 'src/orders.ts', outdir: 'dist-lambda' });
 * ```
 */
export async function bundleFunction(options: BundleOptions): Promise<BundleResult> {
  const { build: buildOptions, files } = esbuildOptions(options);
  await build(buildOptions);
  return files;
}
