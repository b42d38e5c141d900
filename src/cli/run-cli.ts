import { VERSION } from '../runtime/version.js';
import { formatHelp, parseArgs } from './args.js';
import type { CliIo, Command } from './command.js';
import { buildCommand } from './commands/build.js';
import { devCommand } from './commands/dev.js';
import { extensionCommand } from './commands/extension.js';
import { invokeCommand } from './commands/invoke.js';
import { openApiCommand } from './commands/openapi.js';
import { startCommand } from './commands/start.js';
import { EXIT, UsageError } from './usage-error.js';

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  devCommand,
  invokeCommand,
  startCommand,
  extensionCommand,
  buildCommand,
  openApiCommand,
];

const MAIN_HELP = [
  'Usage: lambdakit <command> [options]',
  '',
  'Commands:',
  ...COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary.split('\n')[0]}`),
  '',
  'Run `lambdakit <command> --help` for its options.',
].join('\n');

/**
 * Runs `lambdakit` with the given arguments (without `node` and the script) and resolves to the
 * exit code: 0 success, 1 failure, 2 usage error.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['build', 'src/handler.ts'], io);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.out(VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`lambdakit: unknown command '${name}'\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  const help = formatHelp(command.usage, command.summary, command.spec);
  try {
    const args = parseArgs(rest, command.spec);
    if (args.help) {
      io.out(help);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lambdakit ${command.name}: ${error.message}\n\n${help}`);
      return EXIT.usage;
    }
    io.err(`lambdakit ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}
