import { LambdaKitError } from '../errors/lambdakit-error.js';
import type { ErrorPayload } from '../runtime-api/error-payload.js';

/** errorType of a thrown value that is not an Error (a string, an object, undefined). */
const NON_ERROR_THROWN = 'Runtime.NonErrorThrown';

/**
 * The Runtime API's error document for any thrown value. `errorType` is the LambdaKitError's
 * stable type, else the error's own `name` when set, else its class name.
 *
 * Total: a value whose properties throw when read (getters, proxies, `Object.create(null)`, cycles)
 * still yields a document, and the document always serialises and fits in a header.
 */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (!isError(error)) {
    return { errorType: NON_ERROR_THROWN, errorMessage: describe(error), stackTrace: [] };
  }
  return {
    ...extraFields(error),
    errorType: headerSafe(attempt(() => errorTypeOf(error), 'Error')),
    errorMessage: attempt(() => textOf(error.message), ''),
    stackTrace: attempt(() => stackLines(error.stack), []),
  };
}

function isError(value: unknown): value is Error {
  return attempt(() => value instanceof Error, false);
}

function errorTypeOf(error: Error): string {
  if (error instanceof LambdaKitError) return error.errorType;
  const name = attempt<unknown>(() => error.name, undefined);
  if (typeof name === 'string' && name && name !== 'Error') return name;
  const className = attempt<unknown>(() => error.constructor?.name, undefined);
  return typeof className === 'string' && className ? className : 'Error';
}

/** A LambdaKitError's structured fields (`toJSON()`), kept only when they serialise. */
function extraFields(error: Error): Record<string, unknown> {
  return attempt(() => {
    if (!(error instanceof LambdaKitError) || !hasToJSON(error)) return {};
    const extra = error.toJSON();
    JSON.stringify(extra);
    return extra;
  }, {});
}

function stackLines(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  return stack
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .map((line) => line.trim());
}

/** The value of a header: printable ASCII only (a CR/LF in a class name would break the request). */
function headerSafe(type: string): string {
  return type.replace(/[^\x20-\x7e]/g, '') || 'Error';
}

function hasToJSON(value: object): value is { toJSON(): Record<string, unknown> } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : describe(value);
}

/** Ways to turn a value into text, tried in order until one works. */
const CONVERSIONS: readonly ((value: unknown) => unknown)[] = [
  (value) => JSON.stringify(value),
  (value) => String(value),
  (value) => Object.prototype.toString.call(value),
];

/** Text for any value, whatever it does when converted. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  for (const convert of CONVERSIONS) {
    const text = attempt(() => convert(value), undefined);
    if (typeof text === 'string') return text;
  }
  return '[a value that cannot be described]';
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
