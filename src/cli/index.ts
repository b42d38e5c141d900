export type { CliIo, Command } from './command.js';
export { COMMANDS, runCli } from './run-cli.js';
export { EXIT, UsageError } from './usage-error.js';
