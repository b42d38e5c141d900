import type { FunctionOutput } from '../emulator/index.js';
import type { ArgsSpec, ParsedArgs } from './args.js';

/** What a command reads and writes, so it runs the same from the binary and in tests. */
export interface CliIo {
  /** Prints a line to stdout. */
  out(line: string): void;
  /** Prints a line to stderr. */
  err(line: string): void;
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** Aborted on Ctrl-C (SIGINT) or SIGTERM. */
  readonly signal: AbortSignal;
  /** Where `dev` sends the function's own output; the terminal when absent. */
  readonly functionOutput?: FunctionOutput;
  /** Reads stdin to the end (for `invoke --file -`). */
  readStdin?(): Promise<string>;
}

/** One `lambdakit` subcommand. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly spec: ArgsSpec;
  /** Runs with parsed arguments; resolves to the exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
