import { readFile, stat, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

/** Made on Unix (PKZIP APPNOTE 4.4.2): the upper 16 bits of the external attributes are `st_mode`. */
const UNIX = 3;
/** Regular files Lambda can read (0644), or also run (0755) when the file on disk is executable. */
const READABLE = 0o100644;
const EXECUTABLE = 0o100755;
/** A fixed time for every entry, so the same files make the same zip (and the same code hash). */
const FIXED_MTIME = new Date(1980, 0, 2);

/**
 * Writes a Lambda deployment zip (a function or a layer) of `files`, each under its path relative
 * to `root`. Each entry carries a Unix mode Lambda can use whatever the local umask: 0755 for a
 * file that is executable here (`bootstrap`, an extension's launcher), 0644 for the others.
 *
 * @example
 * ```ts
 * await zipFunction('dist-lambda.zip', 'dist-lambda', ['dist-lambda/bootstrap', 'dist-lambda/index.mjs']);
 * ```
 */
export async function zipFunction(zipFile: string, root: string, files: readonly string[]): Promise<string> {
  const entries: Zippable = {};
  for (const file of files) {
    const [contents, { mode }] = await Promise.all([readFile(file), stat(file)]);
    const unixMode = (mode & 0o111) === 0 ? READABLE : EXECUTABLE;
    const name = relative(root, file).split(sep).join('/');
    entries[name] = [contents, { os: UNIX, attrs: (unixMode << 16) >>> 0, mtime: FIXED_MTIME }];
  }
  await writeFile(zipFile, zipSync(entries));
  return zipFile;
}
