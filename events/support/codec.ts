import { gunzipSync } from 'node:zlib';
import type { ClassType } from '../../decorators/class-type.js';
import { transformAndValidate, type ValidationOptions } from '../../src/dispatch/transform-and-validate.js';
import { EventDecodeError } from './event-decode-error.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether `text` is canonical, padded standard base64 (the alphabet AWS uses for every blob). */
export function isBase64(text: string): boolean {
  return BASE64.test(text);
}

/**
 * Strict base64 → bytes. Node's decoder silently skips bad characters; this one refuses them.
 * @throws EventDecodeError (step `base64`)
 */
export function decodeBase64(text: string, field: string): Buffer {
  if (!isBase64(text)) throw new EventDecodeError('base64', field, 'not canonical padded base64');
  return Buffer.from(text, 'base64');
}

/**
 * Bytes → UTF-8 text, refusing invalid sequences instead of inserting U+FFFD.
 * @throws EventDecodeError (step `utf8`)
 */
export function decodeUtf8(bytes: Uint8Array, field: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new EventDecodeError('utf8', field, 'invalid UTF-8 sequence', { cause });
  }
}

/**
 * JSON text → `unknown`.
 * @throws EventDecodeError (step `json`)
 */
export function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new EventDecodeError('json', field, cause instanceof Error ? cause.message : 'unparsable', {
      cause,
    });
  }
}

/**
 * Gzip bytes → bytes.
 * @throws EventDecodeError (step `gzip`)
 */
export function gunzip(bytes: Uint8Array, field: string): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (cause) {
    throw new EventDecodeError('gzip', field, cause instanceof Error ? cause.message : 'corrupt', { cause });
  }
}

/**
 * JSON text → a validated instance of `type`. Rejects (never throws) with EventDecodeError when the
 * text is not JSON and with EventValidationError when the JSON does not match `type`.
 */
export async function parseJsonAs<T extends object>(
  type: ClassType<T>,
  text: string,
  field: string,
  options?: ValidationOptions,
): Promise<T> {
  return transformAndValidate(type, parseJson(text, field), options);
}

/**
 * An S3 object key as S3 notifications send it (form-URL-encoded: `+` is a space, then
 * percent-encoding) → the real key.
 * @throws EventDecodeError (step `url`) on a broken percent sequence.
 */
export function decodeS3Key(key: string, field: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch (cause) {
    throw new EventDecodeError('url', field, 'broken percent-encoding', { cause });
  }
}

/** Base64 → UTF-8 text. Throws EventDecodeError (base64, utf8). */
export function base64Text(text: string, field: string): string {
  return decodeUtf8(decodeBase64(text, field), field);
}

/** Base64 → UTF-8 → JSON. Throws EventDecodeError (base64, utf8, json). */
export function base64Json(text: string, field: string): unknown {
  return parseJson(base64Text(text, field), field);
}

/** Base64 → UTF-8 → JSON → a validated `type`; rejects with EventDecodeError or EventValidationError. */
export async function base64JsonAs<T extends object>(
  type: ClassType<T>,
  text: string,
  field: string,
  options?: ValidationOptions,
): Promise<T> {
  return parseJsonAs(type, base64Text(text, field), field, options);
}
