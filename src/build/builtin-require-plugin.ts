import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'lambdakit-builtin';
const BUILTINS = new Set(builtinModules);

/**
 * An esbuild plugin that turns `import … from 'node:http'` (any Node built-in) into a `require`.
 * An ES module import of a built-in makes Node build its ES module facade, which reads every
 * export, lazy ones included: on Node 24, importing `node:http` that way also loads `node:http2`,
 * `node:zlib` and `node:crypto`, about 20 ms of cold start. `require` returns the module as it is.
 * Bundles get a `require` from the banner `esbuild-options.ts` adds.
 *
 * @example
 * ```ts
 * await esbuild.build({ entryPoints: ['src/fn.ts'], bundle: true, format: 'esm', plugins: [builtinRequirePlugin()] });
 * ```
 */
export function builtinRequirePlugin(): Plugin {
  return {
    name: 'lambdakit-builtin-require',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (args.kind === 'require-call' || !isBuiltin(args.path)) return undefined;
        return { path: args.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

function isBuiltin(path: string): boolean {
  return path.startsWith('node:') || BUILTINS.has(path);
}
