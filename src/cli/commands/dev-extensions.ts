import { access, constants, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CliIo } from '../command.js';

/** Files `dev --extensions` builds as extensions rather than runs as they are. */
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);

/**
 * The folder of external extensions `lambdakit dev --extensions DIR` runs beside the function.
 * A folder of executables (a built layer's `extensions/`, or `/opt/extensions` copied) runs as it
 * is. A folder of extension modules (TypeScript or JavaScript, each exporting an `@Extension`
 * class) is first built as one layer in `outdir`, as `lambdakit build --extension` would, and its
 * `extensions/` runs; other files there are left out, with a note.
 *
 * @example
 * ```ts
 * const dir = await devExtensionsDir('examples/extensions', '.lambdakit/dev-extensions', [], io);
 * ```
 */
export async function devExtensionsDir(
  dir: string,
  outdir: string,
  conditions: readonly string[],
  io: CliIo,
): Promise<string> {
  const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile());
  const sources = files.filter(({ name }) => SOURCE_EXTENSIONS.has(extname(name)));
  if (sources.length === 0) return dir;
  const { buildExtension } = await import('../../build/build-extension.js');
  for (const { name } of sources) {
    await buildExtension({ entry: join(dir, name), outdir, conditions });
  }
  const others = files.filter((file) => !sources.includes(file)).map(({ name }) => join(dir, name));
  const executables = (await Promise.all(others.map(isExecutable))).flatMap((file) => file ?? []);
  if (executables.length > 0)
    io.out(`Extensions: built the ${sources.length} module(s); not run: ${executables.join(', ')}`);
  return join(outdir, 'extensions');
}

/** `file` when it is executable, else undefined. */
async function isExecutable(file: string): Promise<string | undefined> {
  try {
    await access(file, constants.X_OK);
    return file;
  } catch {
    return undefined;
  }
}
