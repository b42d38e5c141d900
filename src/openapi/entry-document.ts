import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { esbuildOptions } from '../build/esbuild-options.js';
import { inspectEntry } from '../build/inspect-entry.js';
import { resolveNormally } from '../build/resolve-normally.js';
import { LambdaKitError } from '../errors/lambdakit-error.js';
import type { OpenApiOptions } from './types.js';

/** The entry creates no app with `createApp()`, or more than one. */
export class OpenApiEntryError extends LambdaKitError {
  readonly errorType = 'OpenApi.EntryError';
}

/** Options of {@link entryOpenApiDocument}. */
export interface EntryDocumentOptions extends OpenApiOptions {
  /** The function module (TypeScript or JavaScript) that creates the app. */
  readonly entry: string;
  /**
   * Extra package.json `exports` conditions, as for `lambdakit build`.
   * @default []
   */
  readonly conditions?: readonly string[];
}

const NAMESPACE = 'lambdakit-openapi-app';
const SKIP = Symbol('lambdakit-openapi-resolving');
const CAPTURE = Symbol.for('lambdakit.openapi.capture');

/**
 * The OpenAPI document of the app an entry creates, whatever it exports: the entry is bundled as
 * `lambdakit build` bundles it, with `createApp` recording the app's controllers, `app.run()` and
 * `run()` starting no loop and `createHandler` building nothing; then it is imported and the document is
 * built inside the bundle (whose decorators hold the routes). No controller is constructed.
 *
 * @example
 * ```ts
 * const document = await entryOpenApiDocument({ entry: 'src/orders.ts', info: { title: 'Orders', version: '1' } });
 * ```
 */
export async function entryOpenApiDocument(options: EntryDocumentOptions): Promise<unknown> {
  const { entry, conditions = [], ...documentOptions } = options;
  const outdir = await mkdtemp(join(tmpdir(), 'lambdakit-openapi-'));
  try {
    const bundle = esbuildOptions({ entry, outdir, wrap: false, conditions }, await inspectEntry(entry));
    await build({
      ...bundle.build,
      plugins: [appCapturePlugin(), ...(bundle.build.plugins ?? [])],
    });
    const app = await importApp(bundle.files.outfile);
    return await app.openApi(documentOptions);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/** A captured app: its document, built by the bundle's own copy of `buildOpenApiDocument`. */
interface DescribableApp {
  openApi(options: OpenApiOptions): Promise<unknown>;
}

/** Imports the bundle; resolves once it has evaluated, or once it created an app and waits on `run()`. */
async function importApp(outfile: string): Promise<DescribableApp> {
  const apps: DescribableApp[] = [];
  let onApp = (): void => undefined;
  const created = new Promise<void>((resolve) => {
    onApp = () => setImmediate(resolve);
  });
  Reflect.set(globalThis, CAPTURE, (app: unknown) => {
    if (isDescribable(app)) apps.push(app);
    onApp();
  });
  try {
    await Promise.race([import(pathToFileURL(outfile).href), created]);
  } finally {
    Reflect.deleteProperty(globalThis, CAPTURE);
  }
  const [app, ...others] = apps;
  if (!app || others.length > 0) {
    throw new OpenApiEntryError(`the entry must create one app with createApp(), it created ${apps.length}`);
  }
  return app;
}

function isDescribable(value: unknown): value is DescribableApp {
  return (
    typeof value === 'object' && value !== null && 'openApi' in value && typeof value.openApi === 'function'
  );
}

/**
 * Replaces `lambdakit` for the entry's imports with a module that re-exports it but records each
 * app `createApp()` makes, keeps `app.run()` and `run()` from starting a loop (a `run()` ends the
 * wait for an app) and `createHandler` from initialising the app.
 */
function appCapturePlugin(): Plugin {
  return {
    name: 'lambdakit-openapi-app',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^lambdakit$/ }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        if (args.namespace === NAMESPACE) {
          const result = await resolveNormally(pluginBuild, args, SKIP);
          return result.errors.length > 0 ? { errors: result.errors } : { path: result.path };
        }
        return { path: 'lambdakit', namespace: NAMESPACE, pluginData: args.resolveDir };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: CAPTURE_MODULE,
        loader: 'js',
        resolveDir: typeof args.pluginData === 'string' ? args.pluginData : process.cwd(),
      }));
    },
  };
}

const CAPTURE_MODULE = `
import { createApp as lambdakitCreateApp } from 'lambdakit';
import { buildOpenApiDocument } from 'lambdakit/openapi';
export * from 'lambdakit';
export function createApp(options) {
  const app = lambdakitCreateApp(options);
  app.run = () => new Promise(() => {});
  globalThis[Symbol.for('lambdakit.openapi.capture')]?.({
    openApi: async (documentOptions) => buildOpenApiDocument(options.controllers, documentOptions),
  });
  return app;
}
export function run() {
  globalThis[Symbol.for('lambdakit.openapi.capture')]?.(undefined);
  return new Promise(() => {});
}
export function createHandler(app) {
  const handler = async () => {
    throw new Error('lambdakit openapi: the handler does not run while the document is built');
  };
  return Object.assign(handler, { init: async () => {} });
}
`;
