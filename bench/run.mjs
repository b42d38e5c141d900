// Compiles the benchmark driver (bench/src/*.ts) to plain JavaScript with esbuild, then runs it:
// nothing here is benchmarked through a TypeScript loader. Usage: node bench/run.mjs --help
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, 'dist', 'bench.mjs');
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['esbuild'],
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
