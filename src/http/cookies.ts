import { safeDecode } from './body.js';

/**
 * Parses `name=value` pairs from Cookie headers and HTTP API `cookies[]` entries (each may hold
 * several pairs separated by `;`). The first occurrence of a name wins, as browsers order cookies
 * from most to least specific. The result has no prototype: a cookie named `__proto__` or
 * `constructor` is plain data, and an absent name reads as undefined.
 *
 * @example
 * ```ts
 * parseCookies(['a=1; b=2', 'c=%20']); // { a: '1', b: '2', c: ' ' }
 * ```
 */
export function parseCookies(sources: Iterable<string>): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  for (const source of sources) {
    for (const pair of source.split(';')) {
      const eq = pair.indexOf('=');
      const name = (eq === -1 ? pair : pair.slice(0, eq)).trim();
      if (!name || Object.hasOwn(cookies, name)) continue;
      const raw = eq === -1 ? '' : pair.slice(eq + 1).trim();
      cookies[name] = safeDecode(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    }
  }
  return cookies;
}
