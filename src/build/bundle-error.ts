import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * The bundle could not be built: esbuild reported errors (or the output could not be written).
 *
 * @example
 * ```ts
 * try { await watchFunction(options, onRebuild); }
 * catch (err) { if (err instanceof BundleError) for (const line of err.errors) console.error(line); }
 * ```
 */
export class BundleError extends LambdaKitError {
  readonly errorType = 'Build.Failed';

  /** @param errors - esbuild's errors, each formatted as esbuild prints it (file, line, excerpt). */
  constructor(readonly errors: readonly string[]) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    super(`Build failed with ${count}:\n${errors.join('\n')}`);
  }
}
