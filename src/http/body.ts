import { BadRequestError } from './errors.js';

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * The bytes of an event body: base64-decoded when the event flags it, UTF-8 otherwise. Invalid
 * base64 is the client's fault and becomes a 400, never a crash (Node's decoder would silently
 * drop the bad characters).
 *
 * @example
 * ```ts
 * decodeEventBody('aGk=', true).toString(); // 'hi'
 * ```
 */
export function decodeEventBody(body: unknown, isBase64Encoded: unknown): Buffer {
  if (typeof body !== 'string' || body === '') return Buffer.alloc(0);
  if (isBase64Encoded !== true) return Buffer.from(body, 'utf8');
  const compact = body.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
    throw new BadRequestError('the request body is flagged base64 but is not valid base64');
  }
  return Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64');
}

/** Decodes a percent-encoded component, keeping the input when it is malformed (`%zz`). */
export function safeDecode(value: string, plusIsSpace = false): string {
  const input = plusIsSpace ? value.replace(/\+/g, ' ') : value;
  try {
    return decodeURIComponent(input);
  } catch {
    return input;
  }
}
