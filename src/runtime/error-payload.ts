import { LambdaKitError } from '../errors/lambdakit-error.js';
import type { ErrorPayload } from '../runtime-api/error-payload.js';

/** errorType of a thrown value that is not an Error (a string, an object, undefined). */
const NON_ERROR_THROWN = 'Runtime.NonErrorThrown';

/**
 * The Runtime API's error document for any thrown value. `errorType` is the LambdaKitError's
 * stable type, else the error's own `name` when set, else its class name.
 */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (!(error instanceof Error)) {
    return { errorType: NON_ERROR_THROWN, errorMessage: describe(error), stackTrace: [] };
  }
  const extra = error instanceof LambdaKitError && hasToJSON(error) ? error.toJSON() : {};
  return {
    ...extra,
    errorType: errorTypeOf(error),
    errorMessage: error.message,
    stackTrace: stackLines(error),
  };
}

function errorTypeOf(error: Error): string {
  if (error instanceof LambdaKitError) return error.errorType;
  if (error.name && error.name !== 'Error') return error.name;
  return error.constructor?.name || 'Error';
}

function stackLines(error: Error): string[] {
  const stack = typeof error.stack === 'string' ? error.stack.split('\n') : [];
  return stack.filter((line) => line.startsWith('    at ')).map((line) => line.trim());
}

function hasToJSON(value: object): value is { toJSON(): Record<string, unknown> } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
