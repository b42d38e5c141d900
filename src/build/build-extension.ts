import { basename, extname, join, resolve } from 'node:path';
import { ExtensionConfigError } from '../extension/extension-config-error.js';
import type { BuildFunctionOptions } from './build-function.js';
import { type BuildStep, BuildSteps } from './build-steps.js';
import type { BundleOptions } from './bundle-function.js';
import { writeExtensionLauncher } from './extension-launcher.js';
import { zipFunction } from './zip-function.js';

/** Options of {@link buildExtension}. */
export interface BuildExtensionOptions
  extends Pick<BundleOptions, 'entry' | 'outdir' | 'handler' | 'conditions' | 'minify'>,
    Pick<BuildFunctionOptions, 'train' | 'node'> {
  /**
   * The extension's name: its file in `/opt/extensions` and the name it registers under.
   * @default the entry's file name without its extension
   */
  readonly name?: string;
  /**
   * Also write the layer zip `<outdir>.zip` (beside the folder).
   * @default false
   */
  readonly zip?: boolean;
}

/** A file name Lambda can start from `/opt/extensions`, with nothing a shell would expand. */
const EXTENSION_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * Builds an external extension as a Lambda layer, in `outdir`: `extensions/<name>`, the executable
 * Lambda starts, and `<name>/index.mjs` (with its source map), the bundle that runs the entry's
 * `@Extension` class, with the script start and code cache that make it start sooner (made as for
 * a function, see {@link writeCodeCache}: the extension's init runs once at build time, unless
 * `train` is false); with `zip`, the layer's zip. Resolves to one {@link BuildStep} per file.
 *
 * @example
 * ```ts
 * await buildExtension({ entry: 'src/timings.ts', outdir: 'dist-layer', zip: true });
 * // dist-layer/extensions/timings, dist-layer/timings/index.mjs, dist-layer.zip
 * ```
 */
export async function buildExtension(options: BuildExtensionOptions): Promise<readonly BuildStep[]> {
  const outdir = resolve(options.outdir);
  const name = options.name ?? basename(options.entry, extname(options.entry));
  if (!EXTENSION_NAME.test(name)) {
    throw new ExtensionConfigError(
      `extension name '${name}' cannot be a file name in /opt/extensions: use letters, digits, '.', '_' and '-'`,
    );
  }
  const steps = new BuildSteps();
  const bundleDir = join(outdir, name);
  const files = await steps.bundle({ ...options, outdir: bundleDir, extensionName: name });
  const codeCache = await steps.codeCache(bundleDir, options);
  if (codeCache) files.push(codeCache.start, codeCache.file);
  const start = codeCache ? 'script' : 'module';
  files.unshift(await steps.run('launcher', () => writeExtensionLauncher(outdir, name, start)));
  if (options.zip) await steps.run('zip', () => zipFunction(`${outdir}.zip`, outdir, files));
  return steps.list;
}
