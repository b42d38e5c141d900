import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** lambdakit's module of loaders, as source (`lambdakit-source`) or as built. */
const LAZY_MODULES = /[\\/]src[\\/]lazy-modules\.[jt]s$/;

/** One loader: `export const loadX = () => import('./x.js');`. */
const LOADER = /^export const ([\w$]+) = \(\) => import\(('[^']+')\);$/gm;

/**
 * The loaders of src/lazy-modules.ts as a bundle has them: each module imported statically, its
 * loader resolving to it. Undefined when the text holds no loader of that shape.
 */
export function bundledLazyModules(source: string): string | undefined {
  const loaders = [...source.matchAll(LOADER)];
  if (loaders.length === 0) return undefined;
  return loaders
    .flatMap(([, name, specifier], index) => [
      `import * as module${index} from ${specifier};`,
      `export const ${name} = () => Promise.resolve(module${index});`,
    ])
    .join('\n');
}

/**
 * An esbuild plugin that turns lambdakit's on-first-use loaders (src/lazy-modules.ts) into static
 * imports. In a bundle every such module is in the file anyway; an `import()` of one only makes
 * esbuild wrap it, and every module it reaches, in a lazy initializer, even where tree shaking then
 * leaves the module empty: 199 of them in a controller app, class-validator's 135 modules among
 * them. Without them the app's code cache is 14% smaller and its start touches 70 to 100 pages of
 * memory fewer (bench/RESULTS.md, 2026-12-03 20:25). A loader nothing calls is still dropped, and
 * the module with it.
 *
 * @example
 * ```ts
 * await esbuild.build({ entryPoints: ['src/fn.ts'], bundle: true, plugins: [bundledLazyModulesPlugin()] });
 * ```
 */
export function bundledLazyModulesPlugin(): Plugin {
  return {
    name: 'lambdakit-bundled-lazy-modules',
    setup(build) {
      build.onLoad({ filter: LAZY_MODULES }, async (args) => {
        const contents = bundledLazyModules(await readFile(args.path, 'utf8'));
        return contents === undefined ? undefined : { contents, loader: 'js' };
      });
    },
  };
}
