import { dirname } from 'node:path';
import type { Plugin } from 'esbuild';
import { resolveNormally } from './resolve-normally.js';

/** A module whose export is one function or class, required by `importer` as `path`. */
export interface DeferredModule {
  /** The requiring file, by its resolved path. */
  readonly importer: RegExp;
  /** The specifier as the importer writes it. */
  readonly path: string;
}

/**
 * Modules a function bundle loads when first called rather than at start-up. undici's `Client`
 * requires its HTTP/2 client, and with it `node:http2`, as it loads: ~4.5 ms and ~2 MB of every
 * cold start (measured with bench/), for a protocol the Runtime API does not speak. Deferred, it
 * still loads the moment a connection negotiates HTTP/2.
 */
export const DEFERRED_MODULES: readonly DeferredModule[] = [
  { importer: /[\\/]node_modules[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client\.js$/, path: './client-h2.js' },
];

/**
 * What a handler module for a managed runtime defers besides {@link DEFERRED_MODULES}: undici
 * itself, as lambdakit's API clients require it. The runtime there runs the loop, so undici loads
 * only if an internal extension makes a client. (Where lambdakit runs the loop, the client is made
 * before the first `/next` anyway, and deferring it measured no faster there.)
 */
export const HANDLER_MODULE_DEFERRED_MODULES: readonly DeferredModule[] = [
  ...DEFERRED_MODULES,
  {
    importer: /[\\/]src[\\/]runtime-api[\\/](?:runtime-api|extensions-api)-client\.[jt]s$/,
    path: 'undici/lib/dispatcher/client.js',
  },
  {
    importer: /[\\/]src[\\/]runtime-api[\\/]background-connector\.[jt]s$/,
    path: 'undici/lib/core/connect.js',
  },
];

const NAMESPACE = 'lambdakit-deferred';
const SKIP = Symbol('lambdakit-deferred-resolving');

/**
 * An esbuild plugin that bundles each {@link DEFERRED_MODULES} entry (or the given ones) behind a
 * stand-in function: the module's code is in the bundle, but runs on the first call.
 *
 * @example
 * ```ts
 * await esbuild.build({ entryPoints: ['src/fn.ts'], bundle: true, plugins: [deferredModulePlugin()] });
 * ```
 */
export function deferredModulePlugin(modules: readonly DeferredModule[] = DEFERRED_MODULES): Plugin {
  const specifiers = modules.map(({ path }) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return {
    name: 'lambdakit-deferred-modules',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${specifiers})$`) }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        if (!modules.some(({ importer, path }) => path === args.path && importer.test(args.importer))) {
          return undefined;
        }
        const result = await resolveNormally(build, args, SKIP);
        if (result.errors.length > 0) return { errors: result.errors };
        return { path: result.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: [
          'let loaded;',
          'module.exports = function deferred(...args) {',
          `  loaded ??= require(${JSON.stringify(args.path)});`,
          '  return new.target ? Reflect.construct(loaded, args) : loaded.apply(this, args);',
          '};',
        ].join('\n'),
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}
