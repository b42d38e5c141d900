import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * The Runtime API could not be reached or answered in a way the runtime cannot go on from. The
 * runtime exits non-zero on it, and Lambda starts a fresh environment.
 */
export class RuntimeApiError extends LambdaKitError {
  readonly errorType = 'Runtime.ApiError';
}
