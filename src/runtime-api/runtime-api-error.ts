import { LambdaKitError } from '../errors/lambdakit-error.js';

/** Options of a {@link RuntimeApiError}. */
export interface RuntimeApiErrorOptions {
  readonly cause?: unknown;
  /**
   * The request failed before any byte of the response arrived, so nothing was delivered and a
   * `/next` may be tried again on a new connection.
   * @default false
   */
  readonly beforeResponse?: boolean;
}

/**
 * The Runtime API could not be reached or answered in a way the runtime cannot go on from. The
 * runtime exits non-zero on it, and Lambda starts a fresh environment.
 */
export class RuntimeApiError extends LambdaKitError {
  readonly errorType = 'Runtime.ApiError';
  readonly beforeResponse: boolean;

  constructor(message: string, options: RuntimeApiErrorOptions = {}) {
    super(message, options);
    this.beforeResponse = options.beforeResponse ?? false;
  }
}
