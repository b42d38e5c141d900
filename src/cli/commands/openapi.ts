import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';

/** `lambdakit openapi <entry>`: the OpenAPI 3.1 document of the entry's `@Http` routes. */
export const openApiCommand: Command = {
  name: 'openapi',
  usage:
    'lambdakit openapi <entry> [--out openapi.json|openapi.yaml] [--title T] [--api-version V] [--server URL]',
  summary:
    "Write the OpenAPI 3.1 document of the entry's @Http routes, parameters and DTO schemas, to --out\n" +
    '(JSON, or YAML for a .yaml/.yml name) or to stdout. The entry is bundled and imported, its\n' +
    'controllers are not built and no handler runs.',
  spec: {
    positionals: [{ name: 'entry', required: true, description: 'the module that creates the app' }],
    flags: {
      out: { type: 'string', valueName: 'FILE', description: 'write the document here (default: stdout)' },
      title: { type: 'string', valueName: 'TITLE', description: 'info.title', default: 'API' },
      'api-version': { type: 'string', valueName: 'VERSION', description: 'info.version', default: '1.0.0' },
      server: { type: 'string', valueName: 'URL', description: 'the URL the API is served at (servers[0])' },
      conditions: {
        type: 'string',
        valueName: 'LIST',
        description: 'extra package.json exports conditions, comma-separated',
      },
    },
  },
  async run(args, io) {
    const entry = resolve(io.cwd, args.positional('entry') ?? '');
    const out = args.string('out');
    const format = out === undefined ? 'json' : formatOf(out);
    const server = args.string('server');
    // esbuild and the OpenAPI code load only for this command.
    const { entryOpenApiDocument } = await import('../../openapi/entry-document.js');
    const document = await entryOpenApiDocument({
      entry,
      conditions: (args.string('conditions') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      info: { title: args.string('title') ?? 'API', version: args.string('api-version') ?? '1.0.0' },
      ...(server ? { servers: [{ url: server }] } : {}),
    });
    const text =
      format === 'yaml'
        ? (await import('yaml')).stringify(document)
        : `${JSON.stringify(document, null, 2)}\n`;
    if (out === undefined) {
      io.out(text.trimEnd());
      return 0;
    }
    const file = resolve(io.cwd, out);
    await writeFile(file, text);
    io.out(`Wrote ${relative(io.cwd, file)}`);
    return 0;
  },
};

function formatOf(out: string): 'json' | 'yaml' {
  const extension = extname(out).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  throw new UsageError(`--out must end in .json, .yaml or .yml, got ${out}`);
}
