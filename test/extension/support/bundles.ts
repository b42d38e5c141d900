import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from '../../../src/build/build-extension.js';
import { bundleFunction } from '../../../src/build/bundle-function.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(ROOT, '.lambdakit', 'test-extension');
const FUNCTIONS = join(ROOT, 'test', 'extension', 'functions');

/** Bundles test/extension/functions/<name>.ts as a function, as `lambdakit build` does. */
export async function bundleTestFunction(name: string): Promise<string> {
  const result = await bundleFunction({
    entry: join(FUNCTIONS, `${name}.ts`),
    outdir: join(OUT, 'functions', name),
    conditions: ['lambdakit-source'],
  });
  return result.outfile;
}

/**
 * Builds test/extension/functions/<name>.ts as an extension layer, as `lambdakit build --extension`
 * does, and returns the layer's `extensions` folder (what Lambda finds in `/opt/extensions`).
 */
export async function bundleTestExtension(name: string, extensionName: string): Promise<string> {
  const layer = join(OUT, 'layers', name);
  await buildExtension({
    entry: join(FUNCTIONS, `${name}.ts`),
    outdir: layer,
    name: extensionName,
    conditions: ['lambdakit-source'],
  });
  return join(layer, 'extensions');
}
