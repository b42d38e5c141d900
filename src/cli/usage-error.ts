import { LambdaKitError } from '../errors/lambdakit-error.js';

/** A mistake on the command line: printed with the command's usage, exit code 2. */
export class UsageError extends LambdaKitError {
  readonly errorType = 'Cli.UsageError';
}

/** Exit codes of the `lambdakit` command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
