import { dirname, join, resolve } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { generatedMain } from './generated-main.js';
import { sideEffectFreePlugin } from './side-effect-free-plugin.js';

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

/** Gives bundled CommonJS dependencies a `require` inside the ES module. */
const REQUIRE_BANNER =
  "import { createRequire as __lambdakitCreateRequire } from 'node:module';\n" +
  'const require = __lambdakitCreateRequire(import.meta.url);';

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
  await build({
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
    plugins: [sideEffectFreePlugin()],
    logLevel: 'silent',
  });
  return { outfile, sourcemapFile: `${outfile}.map` };
}
