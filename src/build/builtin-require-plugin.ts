import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'lambdakit-builtin';
const BUILTINS = new Set(builtinModules);

/**
 * Built-ins whose members load modules of their own when only their property descriptors are read,
 * as esbuild's interop does to copy a CommonJS module's exports: on Node 24, `node:util`'s
 * `parseArgs`, `diff` and `setTraceSigInt` (which loads `worker_threads`), at every cold start.
 * Their stand-in inherits from the module instead of being a copy of it, so a member is read
 * only when used. The default import is then that stand-in: it reads through to the module, but
 * a property set on it stays on it.
 */
const INHERITED = new Set(['util', 'node:util']);

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
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const module = `require(${JSON.stringify(args.path)})`;
        return {
          contents: `module.exports = ${INHERITED.has(args.path) ? `Object.create(${module})` : module};`,
          loader: 'js',
        };
      });
    },
  };
}

function isBuiltin(path: string): boolean {
  return path.startsWith('node:') || BUILTINS.has(path);
}
