import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * The function's entry cannot be built or run: the file is missing, does not parse, or exports no
 * handler. The message is one line and names the file (with line and column for a syntax error).
 *
 * @example
 * ```ts
 * try { await bundleFunction({ entry: 'src/missing.ts', outdir: 'dist-lambda' }); }
 * catch (err) { if (err instanceof EntryError) console.error(err.message); }
 * ```
 */
export class EntryError extends LambdaKitError {
  readonly errorType = 'Build.InvalidEntry';
}
