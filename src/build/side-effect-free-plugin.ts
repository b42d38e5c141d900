import type { Plugin } from 'esbuild';
import { resolveNormally } from './resolve-normally.js';

/**
 * Packages whose modules may be dropped when nothing imported from them is used. class-validator
 * ships every validator (and through them `validator` and `libphonenumber-js`) from one index;
 * marked side-effect free, a bundle keeps only the decorators it uses: per shared/DESIGN.md this
 * takes class-validator's cold-start cost from about 65 ms to about 7 ms.
 */
export const SIDE_EFFECT_FREE_PACKAGES = ['class-validator', 'validator', 'libphonenumber-js'] as const;

const SKIP = Symbol('lambdakit-side-effects-resolving');

/**
 * An esbuild plugin that marks {@link SIDE_EFFECT_FREE_PACKAGES} (or the given ones) side-effect
 * free: their modules, and the files they import, are dropped when no export of them is used.
 *
 * @example
 * ```ts
 * await esbuild.build({ entryPoints: ['src/fn.ts'], bundle: true, plugins: [sideEffectFreePlugin()] });
 * ```
 */
export function sideEffectFreePlugin(packages: readonly string[] = SIDE_EFFECT_FREE_PACKAGES): Plugin {
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const bySpecifier = new RegExp(`^(?:${names})(?:/|$)`);
  const byLocation = new RegExp(`[\\\\/]node_modules[\\\\/](?:${names})[\\\\/]`);
  return {
    name: 'lambdakit-side-effect-free',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        const inPackage =
          bySpecifier.test(args.path) || (args.path.startsWith('.') && byLocation.test(args.importer));
        if (!inPackage) return undefined;
        const result = await resolveNormally(build, args, SKIP);
        if (result.errors.length > 0) return { errors: result.errors };
        return { ...result, sideEffects: false };
      });
    },
  };
}
