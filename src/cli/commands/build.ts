import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { BuildStep } from '../../build/build-steps.js';
import { BUILD_TARGETS, type BuildTarget, isBuildTarget } from '../../build/build-target.js';
import type { ParsedArgs } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { formatBytes } from '../format.js';
import { UsageError } from '../usage-error.js';
import { bundleFlags, bundleOptions } from './bundle-flags.js';

/** How the summary names each target's Lambda runtime. */
const RUNTIMES: Readonly<Record<BuildTarget, string>> = {
  provided: 'provided.al2023 (bootstrap runs node from PATH)',
  nodejs: 'nodejs22.x / nodejs24.x (handler: index.handler)',
};

/** `lambdakit build <entry>`: what Lambda takes, as a folder and, with `--zip`, a deployment zip. */
export const buildCommand: Command = {
  name: 'build',
  usage:
    'lambdakit build <entry> [--outdir dist-lambda] [--target provided|nodejs] [--zip] [--handler NAME] [--minify]\n' +
    '                        [--no-train] [--node PATH]\n' +
    '       lambdakit build <entry> --extension [--name NAME] [--outdir dist-lambda] [--zip]',
  summary:
    'Bundle a function for Lambda into <outdir>: index.mjs (ESM, Node 20, source map) and, for the\n' +
    'provided target, an executable `bootstrap` for provided.al2023 (node must be on PATH there: a\n' +
    'Node.js layer or a container image) with start.cjs and index.mjs.cache, V8 code cache made by a\n' +
    "training start that runs the function's init once (build with the Node.js it runs on).\n" +
    '--target nodejs makes index.mjs a handler module for the managed runtimes (handler\n' +
    'index.handler), which load it through index.js with the code cache.\n' +
    '--zip also writes <outdir>.zip, the deployment package.\n' +
    "--extension builds the entry's @Extension class as a layer instead: extensions/<name>, the file\n" +
    'Lambda starts from /opt/extensions, and <name>/index.mjs.',
  spec: {
    positionals: [{ name: 'entry', required: true, description: 'the module exporting the handler' }],
    flags: {
      outdir: { type: 'string', valueName: 'DIR', description: 'output directory', default: 'dist-lambda' },
      target: {
        type: 'string',
        valueName: 'TARGET',
        description: `the Lambda runtime: ${BUILD_TARGETS.join(' or ')}`,
        default: 'provided',
      },
      zip: { type: 'boolean', description: 'also write the deployment zip <outdir>.zip', default: false },
      minify: { type: 'boolean', description: 'minify the bundle (names kept)' },
      train: {
        type: 'boolean',
        default: true,
        description:
          "make the code cache after a training start that runs the function's init (--no-train: never run it)",
      },
      node: {
        type: 'string',
        valueName: 'PATH',
        description:
          'the Node.js that makes the code cache: the version the function runs on (default: this one)',
      },
      extension: {
        type: 'boolean',
        description: 'build an external extension layer (the export: extension, then default)',
        default: false,
      },
      name: {
        type: 'string',
        valueName: 'NAME',
        description: "the extension's file and registered name (default: the entry's file name)",
      },
      ...bundleFlags,
    },
  },
  async run(args, io) {
    if (args.boolean('extension')) return buildLayer(args, io);
    const target = args.string('target') ?? 'provided';
    if (!isBuildTarget(target))
      throw new UsageError(`--target must be one of ${BUILD_TARGETS.join(', ')}, got ${target}`);
    const outdir = resolve(io.cwd, args.string('outdir') ?? 'dist-lambda');
    const node = nodeFlag(args, io);
    const started = performance.now();
    // esbuild loads only for the commands that bundle.
    const { buildFunction } = await import('../../build/index.js');
    const steps = await buildFunction({
      ...bundleOptions(args, io.cwd),
      outdir,
      target,
      zip: args.boolean('zip') ?? false,
      minify: args.boolean('minify') ?? false,
      train: args.boolean('train') ?? true,
      ...(node === undefined ? {} : { node }),
    });
    io.out(`Built for ${RUNTIMES[target]} in ${Math.round(performance.now() - started)} ms:`);
    printSteps(steps, io);
    return 0;
  },
};

/** `--extension`: the entry's `@Extension` class as a layer. */
async function buildLayer(args: ParsedArgs, io: CliIo): Promise<number> {
  const started = performance.now();
  const { buildExtension } = await import('../../build/index.js');
  const { entry, conditions, handler } = bundleOptions(args, io.cwd);
  const name = args.string('name');
  const node = nodeFlag(args, io);
  const steps = await buildExtension({
    entry,
    outdir: resolve(io.cwd, args.string('outdir') ?? 'dist-lambda'),
    zip: args.boolean('zip') ?? false,
    minify: args.boolean('minify') ?? false,
    ...(conditions ? { conditions } : {}),
    ...(handler ? { handler } : {}),
    ...(name ? { name } : {}),
    train: args.boolean('train') ?? true,
    ...(node === undefined ? {} : { node }),
  });
  const launcher = steps.find(({ step }) => step === 'launcher');
  const took = Math.round(performance.now() - started);
  io.out(`Built the extension layer (/opt/extensions/${basename(launcher?.file ?? '')}) in ${took} ms:`);
  printSteps(steps, io);
  return 0;
}

/** `--node`, resolved: the Node.js binary that makes the code cache, which must exist. */
function nodeFlag(args: ParsedArgs, io: CliIo): string | undefined {
  const node = args.string('node');
  if (node === undefined) return undefined;
  if (!existsSync(resolve(io.cwd, node))) throw new UsageError(`--node names no file: ${node}`);
  return resolve(io.cwd, node);
}

function printSteps(steps: readonly BuildStep[], io: CliIo): void {
  for (const { step, file, bytes, durationMs, note } of steps) {
    const took =
      step === 'source map' || step === 'licenses' || step === 'start' ? '' : `${durationMs} ms`.padStart(9);
    io.out(
      `  ${step.padEnd(13)} ${relative(io.cwd, file).padEnd(36)} ${formatBytes(bytes).padStart(9)}${took}${note ? `  ${note}` : ''}`,
    );
  }
}
