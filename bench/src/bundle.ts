/**
 * The one place contenders are bundled: every contender runs as bundled JavaScript, as Lambda
 * runs it, through lambdakit's production bundler (`bundleFunction`, src/build/) with the same
 * settings for all. `lambdakit-source` makes the `lambdakit` it bundles the TypeScript sources;
 * bench/tsconfig.json maps `lambdakit` for files under bench/, which has its own package.json.
 */
import { join } from 'node:path';
import {
  buildFunction,
  bundleFunction,
  COMPILE_CACHE_DIR,
  writeCodeCache,
  writeCompileCache,
} from '../../src/build/index.js';
import { contenderNode, type Launch } from './process.js';

const CONDITIONS = ['lambdakit-source'];

/** Bundles a script as it is (a bare loop, or the handler module a peer runtime loads). */
export async function bundleScript(entry: string, outdir: string): Promise<string> {
  const { outfile } = await bundleFunction({ entry, outdir, wrap: false, conditions: CONDITIONS });
  return outfile;
}

/**
 * A lambdakit function (the generated main running export `handler` of `entry`) as `lambdakit
 * build` ships it for the custom runtime: the bundle started by its script start with the code
 * cache a training start wrote, both by the Node.js the contenders run on; or, for a bundle that
 * must stay an ES module, its compile cache (24.12 and later make one) and the environment the
 * `bootstrap` sets for it.
 */
export async function lambdakitLaunch(entry: string, outdir: string): Promise<Launch> {
  const { outfile: script } = await bundleFunction({
    entry,
    outdir,
    handler: 'handler',
    conditions: CONDITIONS,
  });
  const codeCache = await writeCodeCache(outdir, { node: contenderNode() });
  if (codeCache?.trainingFailure)
    throw new Error(`${entry}: training start failed: ${codeCache.trainingFailure}`);
  if (codeCache) return { script: codeCache.start, cwd: outdir };
  const cache = await writeCompileCache(script, contenderNode());
  const env = cache
    ? { NODE_COMPILE_CACHE: join(outdir, COMPILE_CACHE_DIR), NODE_COMPILE_CACHE_PORTABLE: '1' }
    : undefined;
  return { script, cwd: outdir, ...(env ? { env } : {}) };
}

/**
 * A lambdakit handler module (export `handler` of `entry`) as `lambdakit build --target nodejs`
 * ships it for a managed runtime running the Node.js the contenders run on: `index.mjs`, and from
 * Node.js 24 on `index.js`, the script start the runtime loads first, with its code cache.
 */
export async function lambdakitHandlerModule(entry: string, outdir: string): Promise<void> {
  const steps = await buildFunction({
    entry,
    outdir,
    handler: 'handler',
    target: 'nodejs',
    conditions: CONDITIONS,
    node: contenderNode(),
  });
  const cache = steps.find(({ step }) => step === 'code cache');
  if (cache?.note !== undefined && cache.note !== 'made after init')
    throw new Error(`${entry}: no code cache made after init: ${cache.note}`);
}
