import { InvalidResponseHeaderError } from './response-errors.js';

/** An RFC 9110 token: what a field name (and a cookie name) may be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** An RFC 9110 field value: visible ASCII, obs-text, space and tab; no CR, LF, NUL or other controls. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Throws `InvalidResponseHeaderError` unless `name` is a token and `value` a field value, so that
 * nothing a route or middleware sets can split a header or inject one.
 *
 * @example
 * ```ts
 * assertHeader('x-id', '7'); // fine
 * assertHeader('x-id', '7\r\nx-admin: 1'); // throws
 * ```
 */
export function assertHeader(name: string, value: string): void {
  if (!TOKEN.test(name))
    throw new InvalidResponseHeaderError(`invalid response header name ${JSON.stringify(name)}`);
  if (!FIELD_VALUE.test(value)) {
    throw new InvalidResponseHeaderError(
      `invalid value for response header "${name}": ${JSON.stringify(value)}`,
    );
  }
}

/**
 * Throws `InvalidResponseHeaderError` unless `setCookie` is `name=value[; attributes]` with a token
 * name (no `;`, `=`, space or control in it) and no control character anywhere.
 *
 * @example
 * ```ts
 * assertSetCookie('id=7; Path=/; HttpOnly'); // fine
 * assertSetCookie('id; Domain=evil.example=7'); // throws: the name is not a token
 * ```
 */
export function assertSetCookie(setCookie: string): void {
  const eq = setCookie.indexOf('=');
  const name = eq === -1 ? '' : setCookie.slice(0, eq);
  if (!TOKEN.test(name)) {
    throw new InvalidResponseHeaderError(
      `invalid Set-Cookie ${JSON.stringify(setCookie)}: the cookie name must be a token`,
    );
  }
  if (!FIELD_VALUE.test(setCookie)) {
    throw new InvalidResponseHeaderError(
      `invalid Set-Cookie ${JSON.stringify(setCookie)}: control characters`,
    );
  }
}
