import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The `bootstrap` of the OS-only runtime (`provided.al2023`). It runs the bundle with the `node`
 * found on PATH: that runtime ships no Node.js, so add one (a Node.js layer, or a container image).
 */
export const BOOTSTRAP_SOURCE = `#!/bin/sh
# lambdakit bootstrap for the provided.al2023 runtime.
# Needs \`node\` on PATH: provided.al2023 has none, so add a Node.js layer (its bin/ lands in /opt/bin).
exec node "$(dirname "$0")/index.mjs"
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
