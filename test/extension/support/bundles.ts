import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * Bundles test/extension/functions/<name>.ts as an external extension and puts a launcher named
 * `extensionName` in a fresh extensions folder, as `/opt/extensions` holds it. Returns the folder.
 */
export async function bundleTestExtension(name: string, extensionName: string): Promise<string> {
  const dir = join(OUT, 'extensions', name);
  mkdirSync(dir, { recursive: true });
  const main = join(dir, 'main.ts');
  const entry = JSON.stringify(join(FUNCTIONS, `${name}.ts`));
  writeFileSync(
    main,
    `import { startExtensionModule } from 'lambdakit/extension';\nvoid startExtensionModule(() => import(${entry}));\n`,
  );
  const { outfile } = await bundleFunction({
    entry: main,
    outdir: join(dir, 'bundle'),
    conditions: ['lambdakit-source'],
    wrap: false,
  });
  const extensions = join(dir, 'opt-extensions');
  mkdirSync(extensions, { recursive: true });
  const launcher = join(extensions, extensionName);
  writeFileSync(launcher, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(outfile)}\n`);
  chmodSync(launcher, 0o755);
  return extensions;
}
