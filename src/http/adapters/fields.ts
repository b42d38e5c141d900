import { isRecord, isString } from '../../../events/support/guards.js';
import { safeDecode } from '../body.js';
import { parseCookies } from '../cookies.js';
import type { HttpRequestInit } from '../request.js';

/** Options every event → `HttpRequest` adapter accepts. */
export interface HttpRequestOptions {
  /**
   * Route on the path without the API Gateway stage prefix (`/prod/users` → `/users`) when the
   * event's path carries it (HTTP APIs with a named stage; REST APIs reached without a custom
   * domain in some setups). `false` keeps the path as received.
   * @default true
   */
  readonly stripStage?: boolean;
  /**
   * A custom-domain base path mapping to remove before routing, e.g. `'/v1'`.
   * @default undefined (none)
   */
  readonly basePath?: string;
}

/**
 * `value` as a string map with no prototype (a `__proto__` key stays plain data), dropping
 * non-string entries; undefined when not an object.
 */
export function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const map: Record<string, string> = Object.create(null);
  for (const [key, item] of Object.entries(value)) if (isString(item)) map[key] = item;
  return map;
}

/** The values of a single- or multi-value map entry, as strings. */
function valuesOf(item: unknown): string[] {
  if (Array.isArray(item)) return item.filter(isString);
  return isString(item) ? [item] : [];
}

/** Web `Headers` from a multi-value map when present, else a single-value one. Invalid entries are skipped. */
export function headersFrom(single: unknown, multi?: unknown): Headers {
  const headers = new Headers();
  const source = isRecord(multi) ? multi : single;
  if (!isRecord(source)) return headers;
  for (const [name, item] of Object.entries(source)) {
    for (const value of valuesOf(item)) {
      try {
        headers.append(name, value);
      } catch {
        // A name or value Fetch rejects (control characters): drop it rather than fail the request.
      }
    }
  }
  return headers;
}

/** A query from a multi-value map when present, else a single-value one; `encoded` for ALB's raw values. */
export function queryFrom(single: unknown, multi: unknown, encoded: boolean): URLSearchParams {
  const query = new URLSearchParams();
  const source = isRecord(multi) ? multi : single;
  if (!isRecord(source)) return query;
  for (const [name, item] of Object.entries(source)) {
    const key = encoded ? safeDecode(name, true) : name;
    for (const value of valuesOf(item)) query.append(key, encoded ? safeDecode(value, true) : value);
  }
  return query;
}

/** The routing path: stage prefix and base path removed as the options say. */
export function routingPath(rawPath: string, stage: unknown, options: HttpRequestOptions): string {
  let path = rawPath || '/';
  if (options.stripStage !== false && isString(stage) && stage !== '$default' && stage !== '') {
    path = removePrefix(path, `/${stage}`);
  }
  if (options.basePath) path = removePrefix(path, `/${options.basePath.replace(/^\/+|\/+$/g, '')}`);
  return path;
}

function removePrefix(path: string, prefix: string): string {
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** `record[key]` as a string, or the fallback. */
export function str(record: Record<string, unknown>, key: string, fallback = ''): string {
  const value = record[key];
  return isString(value) ? value : fallback;
}

/** `value` as an object, or an empty one (events enter as `unknown`). */
export function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * The `headers` and `cookies` of an `HttpRequestInit`, built on first read from a single-value
 * header map, a multi-value one (which wins), or both.
 */
export function headerFields(single: unknown, multi?: unknown): Pick<HttpRequestInit, 'headers' | 'cookies'> {
  return {
    headers() {
      return headersFrom(single, multi);
    },
    cookies() {
      return parseCookies(cookieHeaderValues(single, multi));
    },
  };
}

/** Every Cookie header value in a single- or multi-value header map (before `Headers` merges them). */
export function cookieHeaderValues(single: unknown, multi?: unknown): string[] {
  const source = isRecord(multi) ? multi : single;
  if (!isRecord(source)) return [];
  return Object.entries(source)
    .filter(([name]) => name.toLowerCase() === 'cookie')
    .flatMap(([, item]) => valuesOf(item));
}
