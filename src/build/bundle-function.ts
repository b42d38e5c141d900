import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build, formatMessages } from 'esbuild';
import type { BuildTarget } from './build-target.js';
import { BundleError } from './bundle-error.js';
import { isBuildFailure } from './esbuild-failure.js';
import { esbuildOptions } from './esbuild-options.js';
import { inspectEntry } from './inspect-entry.js';
import { sparingNameHelper } from './name-helper.js';

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
   * Wrap the entry in a generated main that runs its handler with `startModule`. An entry that
   * exports no handler and starts the loop itself (`run(fn)` or `createApp(…).run()` at top
   * level) is detected and not wrapped; false never wraps.
   * @default true
   */
  readonly wrap?: boolean;
  /**
   * The runtime: `provided` runs the handler in lambdakit's loop (the bundle is a program, started
   * by `bootstrap`); `nodejs` makes a module whose `handler` export the managed Node.js runtime
   * calls (`_HANDLER=index.handler`).
   * @default 'provided'
   */
  readonly target?: BuildTarget;
  /**
   * Bundle an external extension instead of a function: the entry exports an `@Extension` class
   * (`extension`, else `default`, or the export `handler` names) and the bundle runs it, registered
   * under this name, which must be its file name in `/opt/extensions` (see `buildExtension`).
   * @default undefined: a function
   */
  readonly extensionName?: string;
}

/** What {@link bundleFunction} wrote. */
export interface BundleResult {
  /** The bundle, `<outdir>/index.mjs`. */
  readonly outfile: string;
  /** Its source map, `<outdir>/index.mjs.map`. */
  readonly sourcemapFile: string;
  /**
   * The license notices of the bundled packages, `<outdir>/index.mjs.LEGAL.txt`; undefined when
   * none has any.
   */
  readonly licensesFile?: string;
}

/**
 * Bundles a function for Lambda with esbuild: one ES module for Node 20, source map, license
 * notices in a file beside it, ESM builds of dependencies preferred, class-validator and friends
 * marked side-effect free, class names kept, and decorator metadata emitted as `tsc` does for the
 * TypeScript files that use decorators.
 * Rejects with {@link EntryError} for a missing, unparsable or handler-less entry, and with
 * {@link BundleError} when esbuild fails.
 *
 * @example
 * ```ts
 * const { outfile } = await bundleFunction({ entry: 'src/orders.ts', outdir: 'dist-lambda' });
 * ```
 */
export async function bundleFunction(options: BundleOptions): Promise<BundleResult> {
  const { build: buildOptions, files } = esbuildOptions(options, await inspectEntry(options.entry));
  // esbuild writes the license notices only when there are some: a previous build's must not stay.
  const licensesFile = `${files.outfile}.LEGAL.txt`;
  await rm(licensesFile, { force: true });
  try {
    await build(buildOptions);
  } catch (error) {
    if (!isBuildFailure(error)) throw error;
    throw new BundleError(await formatMessages(error.errors, { kind: 'error', color: false }));
  }
  await writeFile(files.outfile, sparingNameHelper(await readFile(files.outfile, 'utf8')));
  return existsSync(licensesFile) ? { ...files, licensesFile } : files;
}
