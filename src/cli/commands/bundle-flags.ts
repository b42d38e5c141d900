import { resolve } from 'node:path';
import type { BundleOptions } from '../../build/index.js';
import type { FlagSpec, ParsedArgs } from '../args.js';

/** Flags shared by `dev` and `build`. */
export const bundleFlags = {
  handler: {
    type: 'string',
    valueName: 'NAME',
    description: "the export to run (default: 'handler', then 'default')",
  },
  wrap: {
    type: 'boolean',
    default: true,
    description:
      'run the export with lambdakit (an entry that starts its own loop is detected; --no-wrap: never wrap)',
  },
  conditions: {
    type: 'string',
    valueName: 'LIST',
    description: 'extra package.json exports conditions, comma-separated',
  },
} as const satisfies Record<string, FlagSpec>;

/** The bundler options the shared flags describe (the bundler checks the entry). */
export function bundleOptions(args: ParsedArgs, cwd: string): Omit<BundleOptions, 'outdir'> {
  const entry = resolve(cwd, args.positional('entry') ?? '');
  const handler = args.string('handler');
  const conditions = (args.string('conditions') ?? '')
    .split(',')
    .map((condition) => condition.trim())
    .filter(Boolean);
  return { entry, wrap: args.boolean('wrap') ?? true, conditions, ...(handler ? { handler } : {}) };
}
