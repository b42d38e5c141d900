/**
 * Base class of every error lambdakit reports. `errorType` is the stable string that reaches the
 * Runtime API (and so CloudWatch and the invoker) and that users can alarm on.
 *
 * @example
 * ```ts
 * try { await app.dispatch(event, ctx); }
 * catch (err) { if (err instanceof LambdaKitError) console.log(err.errorType); }
 * ```
 */
export abstract class LambdaKitError extends Error {
  /** The stable error type, e.g. `Runtime.InvalidEvent`. */
  abstract readonly errorType: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
