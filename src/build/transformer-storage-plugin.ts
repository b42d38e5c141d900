import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { resolveNormally } from './resolve-normally.js';

const TRANSFORMER_STORAGE = /^class-transformer\/cjs\/storage\.js$/;
const SKIP = Symbol('lambdakit-transformer-storage-resolving');

/**
 * Points lambdakit's imports of class-transformer's metadata storage (`class-transformer/cjs/storage.js`,
 * which Node loads beside the package's CommonJS index) at the storage of the build the bundle
 * uses: its ESM build, where the app's `@Type` and `@Transform` record. Without it a bundle would
 * hold two storages and lambdakit would read the empty one.
 */
export function transformerStoragePlugin(): Plugin {
  return {
    name: 'lambdakit-transformer-storage',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: TRANSFORMER_STORAGE }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        const result = await resolveNormally(pluginBuild, { ...args, path: 'class-transformer' }, SKIP);
        if (result.errors.length > 0) return { errors: result.errors };
        return { path: join(dirname(result.path), 'storage.js') };
      });
    },
  };
}
