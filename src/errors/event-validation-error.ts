import { LambdaKitError } from './lambdakit-error.js';

/** One failing property of a validated event or DTO. */
export interface ValidationIssue {
  /** Dotted path from the root, with array indexes: `Records.0.messageId`. */
  readonly path: string;
  /** class-validator constraint name → its message, e.g. `{ isString: 'messageId must be a string' }`. */
  readonly constraints: Readonly<Record<string, string>>;
}

/**
 * The event (or a record, or a decoded body) does not match its class. The handler is not called.
 * `details` lists every failing property path with its constraints; the message names them too.
 *
 * @example
 * ```ts
 * // errorMessage: "SqsEvent is invalid: Records.0.messageId (isString)"
 * ```
 */
export class EventValidationError extends LambdaKitError {
  readonly errorType = 'Runtime.EventValidationError';
  readonly details: readonly ValidationIssue[];

  constructor(typeName: string, details: readonly ValidationIssue[]) {
    const list = details.map((d) => `${d.path || '(root)'} (${Object.keys(d.constraints).join(', ')})`);
    super(`${typeName} is invalid: ${list.join('; ')}`);
    this.details = details;
  }

  /** The structured form sent to the Runtime API alongside the message. */
  toJSON(): { errorType: string; errorMessage: string; details: readonly ValidationIssue[] } {
    return { errorType: this.errorType, errorMessage: this.message, details: this.details };
  }
}
