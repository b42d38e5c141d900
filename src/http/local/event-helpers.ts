import type { IncomingMessage } from 'node:http';

/** Header name → every value, as Node received them. */
export function distinctHeaders(req: IncomingMessage): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(req.headersDistinct)) if (values) headers[name] = values;
  return headers;
}

/** The values of each query key. */
export function grouped(params: URLSearchParams): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, value] of params) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}

/** Values comma-joined, as HTTP APIs send repeated headers and query keys. */
export function joined(map: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v.join(',')]));
}

/** The last value of each key, as single-value REST maps hold it. */
export function last(map: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v[v.length - 1] ?? '']));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`, the time format API Gateway uses. */
export function clf(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}`;
  return `${date}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
