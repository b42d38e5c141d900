import { LambdaKitError } from '../errors/lambdakit-error.js';

/**
 * The Extensions or Telemetry API refused a call or answered something lambdakit cannot use. An
 * extension cannot go on from it: the process reports what it can and exits non-zero.
 */
export class ExtensionApiError extends LambdaKitError {
  readonly errorType = 'Extension.ApiError';

  /** The HTTP status the API answered with, when it answered. */
  readonly status: number | undefined;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.status = options?.status;
  }
}
