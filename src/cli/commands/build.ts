import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatBytes } from '../format.js';
import { bundleFlags, bundleOptions } from './bundle-flags.js';

/** `lambdakit build <entry>`: the deployable bundle plus a `bootstrap` for provided.al2023. */
export const buildCommand: Command = {
  name: 'build',
  usage: 'lambdakit build <entry> [--outdir dist-lambda] [--handler NAME] [--minify]',
  summary:
    'Bundle a function for Lambda: <outdir>/index.mjs (ESM, Node 20, source map) and an executable\n' +
    '`bootstrap` for the provided.al2023 runtime (node must be on PATH there, e.g. from a layer).',
  spec: {
    positionals: [{ name: 'entry', required: true, description: 'the module exporting the handler' }],
    flags: {
      outdir: { type: 'string', valueName: 'DIR', description: 'output directory', default: 'dist-lambda' },
      minify: { type: 'boolean', description: 'minify the bundle (names kept)' },
      ...bundleFlags,
    },
  },
  async run(args, io) {
    const outdir = resolve(io.cwd, args.string('outdir') ?? 'dist-lambda');
    const started = performance.now();
    // esbuild loads only for the commands that bundle.
    const { bundleFunction, writeBootstrap } = await import('../../build/index.js');
    const result = await bundleFunction({
      ...bundleOptions(args, io.cwd),
      outdir,
      minify: args.boolean('minify') ?? false,
    });
    const bootstrap = await writeBootstrap(outdir);
    io.out(`Built in ${Math.round(performance.now() - started)} ms:`);
    for (const file of [result.outfile, result.sourcemapFile, bootstrap]) {
      const { size } = await stat(file);
      io.out(`  ${relative(io.cwd, file).padEnd(40)} ${formatBytes(size).padStart(9)}`);
    }
    return 0;
  },
};
