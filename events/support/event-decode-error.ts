import { LambdaKitError } from '../../src/errors/lambdakit-error.js';

/** What a decoding helper was reading when it failed. */
export type DecodeStep = 'base64' | 'gzip' | 'json' | 'utf8' | 'url' | 'dynamodb';

/**
 * A payload carried inside an event (a Kinesis `data` blob, a CloudWatch Logs gzip archive, an SQS
 * body, a DynamoDB image) could not be decoded. The helpers that decode payloads throw this instead
 * of a raw `SyntaxError` or zlib error; the original error, if any, is kept as `cause`.
 *
 * @example
 * ```ts
 * try { record.json(); }
 * catch (err) { if (err instanceof EventDecodeError) console.log(err.errorType, err.step, err.field); }
 * // errorType: "Runtime.EventDecodeError", step: "json", field: "SqsRecord.body"
 * ```
 */
export class EventDecodeError extends LambdaKitError {
  readonly errorType = 'Runtime.EventDecodeError';
  /** The decoding step that failed. */
  readonly step: DecodeStep;
  /** The field that held the payload, e.g. `KinesisRecord.kinesis.data`. */
  readonly field: string;

  constructor(step: DecodeStep, field: string, reason: string, options?: { cause?: unknown }) {
    super(`${field} is not valid ${step}: ${reason}`, options);
    this.step = step;
    this.field = field;
  }

  /** The structured form reported to the Runtime API. */
  toJSON(): { errorType: string; errorMessage: string; step: DecodeStep; field: string } {
    return { errorType: this.errorType, errorMessage: this.message, step: this.step, field: this.field };
  }
}
