import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMPILE_CACHE_DIR } from './compile-cache.js';
import { SCRIPT_START_FILE } from './script-start.js';

/**
 * How the bundle starts: `script` through the script start with V8's code cache (see
 * `writeCodeCache`), `module` as an ES module with Node.js's compile cache (a bundle that cannot
 * run as a script: a top-level `await`, `import.meta`).
 */
export type BundleStart = 'script' | 'module';

const HEADER = `#!/bin/sh
# lambdakit bootstrap for the provided.al2023 runtime.
# Needs \`node\` on PATH: provided.al2023 has none, so add a Node.js layer (its bin/ lands in /opt/bin).
dir="$(dirname "$0")"
`;

/**
 * The `bootstrap` of the OS-only runtime (`provided.al2023`). It runs the bundle with the `node`
 * found on PATH: that runtime ships no Node.js, so add one (a Node.js layer, or a container image).
 * A `script` start runs `start.cjs`, which takes the code cache beside the bundle; a `module`
 * start points Node.js at the compile cache instead. A Node.js of another version than the
 * build's ignores either cache.
 */
export function bootstrapSource(start: BundleStart): string {
  return start === 'script'
    ? `${HEADER}exec node "$dir/${SCRIPT_START_FILE}"\n`
    : `${HEADER}export NODE_COMPILE_CACHE="$dir/${COMPILE_CACHE_DIR}" NODE_COMPILE_CACHE_PORTABLE=1\nexec node "$dir/index.mjs"\n`;
}

/**
 * Writes an executable `bootstrap` next to the bundle.
 *
 * @example
 * ```ts
 * const { outfile } = await bundleFunction({ entry: 'src/handler.ts', outdir: 'dist-lambda' });
 * await writeBootstrap('dist-lambda', 'module');
 * ```
 */
export async function writeBootstrap(outdir: string, start: BundleStart): Promise<string> {
  const file = join(outdir, 'bootstrap');
  await writeFile(file, bootstrapSource(start));
  await chmod(file, 0o755);
  return file;
}
