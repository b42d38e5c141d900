import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DEV_ENV, DEV_EXAMPLES_ENV } from '../../app/entry-points.js';
import type { DevPages } from '../../dev-console/index.js';
import { DEV_PATHS } from '../../dev-console/paths.js';
import {
  type Emulator,
  HTTP_EVENT_FORMATS,
  type HttpEventFormat,
  startEmulator,
} from '../../emulator/index.js';
import type { CliIo, Command } from '../command.js';
import { exampleNames } from '../examples.js';
import { formatReport, shellQuote } from '../format.js';
import { UsageError } from '../usage-error.js';
import { bundleFlags, bundleOptions } from './bundle-flags.js';
import { devBundle } from './dev-bundle.js';
import { devExtensionsDir } from './dev-extensions.js';

/** `lambdakit dev <entry>`: bundle, then serve the function on a local Lambda until Ctrl-C. */
export const devCommand: Command = {
  name: 'dev',
  usage:
    'lambdakit dev <entry> [--port 9000] [--host 127.0.0.1] [--timeout S] [--concurrency N] [--memory MB]\n' +
    '                     [--handler NAME] [--no-wrap] [--conditions LIST] [--http-format v2|v1|alb|function-url]\n' +
    '                     [--extensions DIR] [--watch]',
  summary:
    'Bundle <entry> into .lambdakit/dev/ and run it on a local Lambda (Runtime API + Invoke API).\n' +
    'Any other path on its port is an HTTP request to the function (as API Gateway, ALB or a\n' +
    'Function URL would send it), except /_lambdakit/: the dev console (live invocations, their\n' +
    'events, results and logs, replay), the API docs (Swagger UI) and the OpenAPI document of the\n' +
    "app's @Http routes (also at /openapi.json). Prints how to invoke it and one line per invocation.\n" +
    'With --watch, a change to a source file of the bundle rebuilds it and the next invocation runs\n' +
    'the new code. Ctrl-C stops.',
  spec: {
    positionals: [{ name: 'entry', required: true, description: 'the module exporting the handler' }],
    flags: {
      port: {
        type: 'number',
        valueName: 'PORT',
        description: 'port of the emulator (0: any free port)',
        default: 9000,
      },
      host: {
        type: 'string',
        valueName: 'HOST',
        description: 'interface to listen on',
        default: '127.0.0.1',
      },
      timeout: { type: 'number', valueName: 'S', description: 'function timeout in seconds', default: 3 },
      concurrency: {
        type: 'number',
        valueName: 'N',
        description: 'concurrent invocations per process (Managed Instances mode above 1)',
        default: 1,
      },
      memory: {
        type: 'number',
        valueName: 'MB',
        description: 'memory size reported to the function',
        default: 128,
      },
      'http-format': {
        type: 'string',
        valueName: 'FORMAT',
        description: `event format of HTTP requests: ${HTTP_EVENT_FORMATS.join(', ')}`,
        default: 'v2',
      },
      extensions: {
        type: 'string',
        valueName: 'DIR',
        description:
          'folder of external extensions, as /opt/extensions: each executable in it runs beside the function;\n' +
          'a folder of @Extension modules (.ts, .js) is built as a layer first',
      },
      watch: {
        type: 'boolean',
        default: false,
        description: 'rebuild when a source file changes; the function restarts on the next invocation',
      },
      ...bundleFlags,
    },
  },
  async run(args, io) {
    const options = bundleOptions(args, io.cwd);
    const httpFormat = httpFormatFlag(args.string('http-format'));
    const outdir = join(io.cwd, '.lambdakit', 'dev');
    await mkdir(outdir, { recursive: true });
    await writeFile(join(io.cwd, '.lambdakit', '.gitignore'), '*\n');
    const watch = args.boolean('watch') ?? false;
    const extensionsFlag = args.string('extensions');
    const extensionsDir =
      extensionsFlag === undefined
        ? undefined
        : await devExtensionsDir(
            resolve(io.cwd, extensionsFlag),
            join(io.cwd, '.lambdakit', 'dev-extensions'),
            options.conditions ?? [],
            io,
          );
    let pages: DevPages | undefined;
    const [built, described] = await Promise.allSettled([
      devBundle({ ...options, outdir }, watch, io, () => pages?.refresh()),
      loadPages(options.entry, options.conditions ?? [], io),
    ]);
    if (built.status === 'rejected') throw built.reason;
    const bundle = built.value;
    if (described.status === 'rejected') {
      await bundle.stop();
      throw described.reason;
    }
    pages = described.value;
    if (pages.documentError !== undefined) io.err(docsUnavailable(pages.documentError));
    const { outfile } = bundle;
    const examples = (await exampleNames()).join(',');
    const emulator = await listen(
      args.number('port') ?? 9000,
      args.string('host') ?? '127.0.0.1',
      (port, host) =>
        startEmulator({
          command: [process.execPath, '--enable-source-maps', outfile],
          cwd: io.cwd,
          host,
          port,
          timeoutSeconds: args.number('timeout') ?? 3,
          concurrency: args.number('concurrency') ?? 1,
          memorySize: args.number('memory') ?? 128,
          httpFormat,
          ...(extensionsDir ? { extensionsDir } : {}),
          // Init runs at once, so the app's entry points (and any init error) print with the banner.
          prewarm: true,
          env: { [DEV_ENV]: '1', [DEV_EXAMPLES_ENV]: examples },
          output: io.functionOutput ?? 'inherit',
          onInvocation: (report) => io.out(formatReport(report)),
          history: CONSOLE_HISTORY,
          routes: pages.routes,
          reservedPaths: pages.reservedPaths,
        }),
    ).catch(async (error: unknown) => {
      await bundle.stop();
      throw error;
    });
    bundle.attach(emulator);
    pages.attach(emulator);
    if (watch) io.out('Watching the source files of the bundle: a change rebuilds it.');
    printReady(io, emulator, relative(io.cwd, outfile), httpFormat);
    await aborted(io.signal);
    io.out('Stopping…');
    await bundle.stop();
    await emulator.stop();
    return 0;
  },
};

/** Invocations the dev console keeps. */
const CONSOLE_HISTORY = 200;

/** The docs and console routes, with the entry's OpenAPI document (built beside the bundle). */
async function loadPages(entry: string, conditions: readonly string[], io: CliIo): Promise<DevPages> {
  // The OpenAPI code (class-validator-jsonschema) loads only here, never in the function's bundle.
  const { devPages } = await import('../../dev-console/index.js');
  return devPages({
    entry,
    conditions,
    onRefreshError: (error) => io.err(docsUnavailable(error)),
  });
}

function docsUnavailable(error: unknown): string {
  return `API docs unavailable: ${error instanceof Error ? error.message : String(error)}`;
}

function httpFormatFlag(value: string | undefined): HttpEventFormat {
  const format = HTTP_EVENT_FORMATS.find((candidate) => candidate === (value ?? 'v2'));
  if (!format)
    throw new UsageError(`--http-format must be one of ${HTTP_EVENT_FORMATS.join(', ')}, got ${value}`);
  return format;
}

async function listen(
  port: number,
  host: string,
  start: (port: number, host: string) => Promise<Emulator>,
): Promise<Emulator> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got ${port}`);
  try {
    return await start(port, host);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new UsageError(`port ${port} on ${host} is in use: pick another with --port`);
    }
    throw error;
  }
}

/** How the banner names each `--http-format`. */
const HTTP_FORMAT_NAMES: Readonly<Record<HttpEventFormat, string>> = {
  v2: 'API Gateway HTTP API (v2)',
  v1: 'API Gateway REST API (v1)',
  alb: 'ALB',
  'function-url': 'Function URL',
};

function printReady(io: CliIo, emulator: Emulator, bundle: string, httpFormat: HttpEventFormat): void {
  const invokeUrl = `${emulator.url}/2015-03-31/functions/function/invocations`;
  const hostFlag = emulator.url.includes('//127.0.0.1:') ? '' : ` --host ${new URL(emulator.url).hostname}`;
  io.out(`lambdakit dev: ${bundle} on a local Lambda at ${emulator.url}`);
  io.out('Invoke it with an event (Invoke API):');
  io.out(`  lambdakit invoke --port ${emulator.port}${hostFlag} --data '<event JSON>'`);
  io.out(
    `  lambdakit invoke --port ${emulator.port}${hostFlag} --example NAME   (a sample event; --list-examples)`,
  );
  io.out(`  curl -sS -X POST ${shellQuote(invokeUrl)} -d '<event JSON>'`);
  io.out(
    `HTTP: curl ${emulator.url}/<path>   (sent to the function as ${HTTP_FORMAT_NAMES[httpFormat]} events)`,
  );
  io.out(`Console: ${emulator.url}${DEV_PATHS.console}   API docs: ${emulator.url}${DEV_PATHS.docs}`);
  io.out('Invocations (request id, [method path,] status, duration):');
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
