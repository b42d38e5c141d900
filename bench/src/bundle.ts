/**
 * The one place contenders are bundled: every contender runs as bundled JavaScript, as Lambda
 * runs it, through lambdakit's production bundler (`bundleFunction`, src/build/) with the same
 * settings for all. `lambdakit-source` makes the `lambdakit` it bundles the TypeScript sources;
 * bench/tsconfig.json maps `lambdakit` for files under bench/, which has its own package.json.
 */
import { bundleFunction } from '../../src/build/index.js';

const CONDITIONS = ['lambdakit-source'];

/** Bundles a script as it is (a bare loop, or the handler module a peer runtime loads). */
export async function bundleScript(entry: string, outdir: string): Promise<string> {
  const { outfile } = await bundleFunction({ entry, outdir, wrap: false, conditions: CONDITIONS });
  return outfile;
}

/** Bundles a lambdakit function: the generated main running export `handler` of `entry`. */
export async function bundleLambdakit(entry: string, outdir: string, handler = 'handler'): Promise<string> {
  const { outfile } = await bundleFunction({ entry, outdir, handler, conditions: CONDITIONS });
  return outfile;
}
