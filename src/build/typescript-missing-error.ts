import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * A file uses decorators, so the bundler needs TypeScript to emit their metadata (as `tsc` does),
 * but the `typescript` package cannot be found from the project or from lambdakit.
 *
 * @example
 * ```ts
 * try { await bundleFunction({ entry: 'src/orders.ts', outdir: 'dist-lambda' }); }
 * catch (err) { if (err instanceof BundleError) console.error(err.errors.join('\n')); }
 * ```
 */
export class TypeScriptMissingError extends LambdaKitError {
  readonly errorType = 'Build.TypeScriptMissing';

  constructor(file: string, options?: { cause?: unknown }) {
    super(
      `${file} uses decorators: emitting their metadata needs the typescript package (npm install -D typescript)`,
      options,
    );
  }
}
