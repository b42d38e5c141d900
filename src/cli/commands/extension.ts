import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';

/** `lambdakit extension <entry>`: an external extension process (what runs from /opt/extensions). */
export const extensionCommand: Command = {
  name: 'extension',
  usage: 'lambdakit extension <entry> [--export NAME]',
  summary:
    'Load <entry> (JavaScript, or TypeScript under a loader) and run its @Extension class as an\n' +
    'external extension in this process: register, serve INVOKE/SHUTDOWN and telemetry. Needs\n' +
    'AWS_LAMBDA_RUNTIME_API, as set by Lambda or `lambdakit dev`.',
  spec: {
    positionals: [
      { name: 'entry', required: true, description: 'the module exporting the @Extension class' },
    ],
    flags: {
      export: {
        type: 'string',
        valueName: 'NAME',
        description: "the export to run (default: 'extension', then 'default')",
      },
    },
  },
  async run(args, io) {
    const entry = resolve(io.cwd, args.positional('entry') ?? '');
    if (!existsSync(entry)) throw new UsageError(`entry not found: ${entry}`);
    const exportName = args.string('export');
    // Loaded here, not at the top, so the other commands do not pay for the extension runner.
    const { startExtensionModule } = await import('../../extension/start-extension-module.js');
    return startExtensionModule(() => import(pathToFileURL(entry).href), exportName ? { exportName } : {});
  },
};
