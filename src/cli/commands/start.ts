import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EntryError } from '../../build/entry-error.js';
import type { Command } from '../command.js';

/** `lambdakit start <entry>`: the runtime loop in this process (what a bootstrap runs). */
export const startCommand: Command = {
  name: 'start',
  usage: 'lambdakit start <entry> [--handler NAME]',
  summary:
    'Load <entry> (JavaScript, or TypeScript under a loader) and run its handler in the invocation\n' +
    'loop in this process. Needs AWS_LAMBDA_RUNTIME_API, as set by Lambda or `lambdakit dev`.',
  spec: {
    positionals: [{ name: 'entry', required: true, description: 'the module exporting the handler' }],
    flags: {
      handler: {
        type: 'string',
        valueName: 'NAME',
        description: "the export to run (default: 'handler', then 'default')",
      },
    },
  },
  async run(args, io) {
    const entry = resolve(io.cwd, args.positional('entry') ?? '');
    if (!existsSync(entry)) throw new EntryError(`entry not found: ${entry}`);
    const handler = args.string('handler');
    // Loaded here, not at the top, so the other commands do not pay for the runtime.
    const { startModule } = await import('../../runtime/start-module.js');
    return startModule(() => import(pathToFileURL(entry).href), handler ? { handler } : {});
  },
};
