import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage-error.js';

/** Where the sample events live inside the package. */
const EXAMPLES_PATH = join('events', 'examples');
/** How far up from this module the package root may be (`src/cli` or `dist/src/cli`). */
const MAX_LEVELS = 5;

/**
 * The directory of the sample events shipped with lambdakit (`events/examples/<source>.json`),
 * found from this module upward so it works from the TypeScript sources and from `dist/`.
 */
export function examplesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let level = 0; level <= MAX_LEVELS; level += 1) {
    const candidate = join(dir, EXAMPLES_PATH);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`the sample events (${EXAMPLES_PATH}) are missing from the lambdakit package`);
}

/** The names of the sample events, sorted: the `@EventSource` names of their sources. */
export async function exampleNames(): Promise<string[]> {
  const files = await readdir(examplesDir());
  return files
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The JSON text of one sample event; an unknown name is a usage error that lists the known ones. */
export async function readExample(name: string): Promise<string> {
  const names = await exampleNames();
  if (!names.includes(name)) {
    throw new UsageError(`no example named '${name}'; known: ${names.join(', ')}`);
  }
  return readFile(join(examplesDir(), `${name}.json`), 'utf8');
}
