import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type InvokeResult, invokeFunction } from '../../emulator/index.js';
import type { CliIo, Command } from '../command.js';
import { exampleNames, readExample } from '../examples.js';
import { UsageError } from '../usage-error.js';

/** `lambdakit invoke`: one invocation through a running emulator's Invoke API. */
export const invokeCommand: Command = {
  name: 'invoke',
  usage:
    'lambdakit invoke [--data JSON | --file F | --example NAME] [--port 9000] [--host 127.0.0.1]\n' +
    '       lambdakit invoke --list-examples',
  summary:
    'Invoke the function served by `lambdakit dev` and print its payload.\n' +
    'Exits 1 when the function fails (its error document goes to stderr).\n' +
    '--example sends a realistic sample event of a source (sqs, s3, apigw-v2, …; see --list-examples).',
  spec: {
    positionals: [],
    flags: {
      data: { type: 'string', valueName: 'JSON', description: 'the event as JSON text (default: {})' },
      file: { type: 'string', valueName: 'F', description: "read the event from a file ('-': stdin)" },
      example: {
        type: 'string',
        valueName: 'NAME',
        description: 'send the sample event of a source, e.g. sqs',
      },
      'list-examples': { type: 'boolean', description: 'list the sample events and exit' },
      port: { type: 'number', valueName: 'PORT', description: 'port of the emulator', default: 9000 },
      host: { type: 'string', valueName: 'HOST', description: 'host of the emulator', default: '127.0.0.1' },
    },
  },
  async run(args, io) {
    if (args.boolean('list-examples')) {
      for (const name of await exampleNames()) io.out(name);
      return 0;
    }
    const event = await readEvent(args.string('data'), args.string('file'), args.string('example'), io);
    const host = args.string('host') ?? '127.0.0.1';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${args.number('port') ?? 9000}`;
    let result: InvokeResult;
    try {
      result = await invokeFunction(url, Buffer.from(event), { signal: io.signal });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.err(`No emulator answered at ${url} (${reason}). Start one with: lambdakit dev <entry>`);
      return 1;
    }
    return report(result, io);
  },
};

async function readEvent(
  data: string | undefined,
  file: string | undefined,
  example: string | undefined,
  io: CliIo,
): Promise<string> {
  const given = [data, file, example].filter((source) => source !== undefined).length;
  if (given > 1) throw new UsageError('give one of --data, --file and --example');
  let text = data ?? '{}';
  if (example !== undefined) {
    text = await readExample(example);
  } else if (file === '-') {
    if (!io.readStdin) throw new UsageError('stdin is not available');
    text = await io.readStdin();
  } else if (file !== undefined) {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the event is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return text;
}

function report(result: InvokeResult, io: CliIo): number {
  if (result.statusCode >= 300) {
    io.err(`Invoke API answered ${result.statusCode}: ${result.payload}`);
    return 1;
  }
  const streamErrorType = result.trailers['lambda-runtime-function-error-type'];
  if (result.functionError) {
    io.err(`Function error (request ${result.requestId}):`);
    io.err(result.payload);
    return 1;
  }
  if (result.payload) io.out(result.payload);
  if (streamErrorType) {
    const body = Buffer.from(
      result.trailers['lambda-runtime-function-error-body'] ?? '',
      'base64',
    ).toString();
    io.err(`Stream failed with ${streamErrorType} (request ${result.requestId}): ${body}`);
    return 1;
  }
  return 0;
}
