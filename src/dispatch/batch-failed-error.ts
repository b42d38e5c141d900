import type { ItemIdentifier } from '../../decorators/event-source.js';
import { LambdaKitError } from '../errors/lambdakit-error.js';

/** The first failures kept in the message, so the message stays readable for large batches. */
const LISTED = 5;

/**
 * Every record of a batch failed (or the batch could not be split into records). Reported as an
 * invocation error so the whole batch is retried, rather than as a partial-failure response.
 */
export class BatchFailedError extends LambdaKitError {
  readonly errorType = 'Runtime.BatchFailed';
  readonly failures: readonly { itemIdentifier: ItemIdentifier; errorType: string; errorMessage: string }[];

  constructor(message: string, failures: BatchFailedError['failures'] = []) {
    const listed = failures
      .slice(0, LISTED)
      .map((f) => `${describeItem(f.itemIdentifier)}: ${f.errorType}: ${f.errorMessage}`);
    const more = failures.length > LISTED ? `; and ${failures.length - LISTED} more` : '';
    super(listed.length > 0 ? `${message} (${listed.join('; ')}${more})` : message);
    this.failures = failures;
  }

  toJSON(): Record<string, unknown> {
    return { failures: this.failures };
  }
}

/** An item identifier as text, for messages and logs. */
export function describeItem(id: ItemIdentifier): string {
  return typeof id === 'string' ? id : JSON.stringify(id);
}
