import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMPILE_CACHE_DIR } from './compile-cache.js';

/**
 * The `bootstrap` of the OS-only runtime (`provided.al2023`). It runs the bundle with the `node`
 * found on PATH: that runtime ships no Node.js, so add one (a Node.js layer, or a container image).
 * It points Node.js at the compile cache `lambdakit build` wrote beside the bundle (a Node.js of
 * another version than the build's ignores it).
 */
export const BOOTSTRAP_SOURCE = `#!/bin/sh
# lambdakit bootstrap for the provided.al2023 runtime.
# Needs \`node\` on PATH: provided.al2023 has none, so add a Node.js layer (its bin/ lands in /opt/bin).
dir="$(dirname "$0")"
export NODE_COMPILE_CACHE="$dir/${COMPILE_CACHE_DIR}" NODE_COMPILE_CACHE_PORTABLE=1
exec node "$dir/index.mjs"
`;

/**
 * Writes an executable `bootstrap` next to the bundle.
 *
 * @example
 * ```ts
 * const { outfile } = await bundleFunction({ entry: 'src/handler.ts', outdir: 'dist-lambda' });
 * await writeBootstrap('dist-lambda');
 * ```
 */
export async function writeBootstrap(outdir: string): Promise<string> {
  const file = join(outdir, 'bootstrap');
  await writeFile(file, BOOTSTRAP_SOURCE);
  await chmod(file, 0o755);
  return file;
}
