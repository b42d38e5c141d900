import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleStart } from './bootstrap.js';
import { SCRIPT_START_FILE } from './script-start.js';

/**
 * The executable Lambda starts from `/opt/extensions/<name>`: it runs the extension's bundle, kept
 * in the layer at `/opt/<name>/index.mjs`, with the `node` found on PATH (the managed Node.js
 * runtimes have one; provided.al2023 needs a Node.js layer): through the script start beside it
 * (`start: 'script'`, see `writeCodeCache`) or as an ES module.
 */
export function extensionLauncherSource(name: string, start: BundleStart): string {
  return [
    '#!/bin/sh',
    '# lambdakit extension launcher: Lambda starts every file in /opt/extensions.',
    '# Needs `node` on PATH (provided.al2023 has none: add a Node.js layer).',
    `exec node "$(dirname "$0")/../${name}/${start === 'script' ? SCRIPT_START_FILE : 'index.mjs'}"`,
    '',
  ].join('\n');
}

/**
 * Writes the executable launcher `<layerdir>/extensions/<name>`.
 *
 * @example
 * ```ts
 * await writeExtensionLauncher('dist-layer', 'timings', 'module'); // dist-layer/extensions/timings
 * ```
 */
export async function writeExtensionLauncher(
  layerdir: string,
  name: string,
  start: BundleStart,
): Promise<string> {
  const dir = join(layerdir, 'extensions');
  await mkdir(dir, { recursive: true });
  const file = join(dir, name);
  await writeFile(file, extensionLauncherSource(name, start));
  await chmod(file, 0o755);
  return file;
}
