import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isRecord, isString } from '../../../events/support/guards.js';
import { StreamResponse } from '../../runtime/stream-response.js';

/**
 * Writes a Lambda HTTP result back as a Node response: any buffered shape (REST `headers` +
 * `multiValueHeaders`, HTTP API `cookies[]`, ALB/Lattice `statusDescription` and case-varied
 * `Set-Cookie` names), an HTTP API result without `statusCode` (a JSON 200), or a `StreamResponse`
 * (its prelude, then the body piped through).
 *
 * @example
 * ```ts
 * await writeResultToNodeResponse(res, await http.handle(event, context));
 * ```
 */
export async function writeResultToNodeResponse(res: ServerResponse, result: unknown): Promise<void> {
  if (result instanceof StreamResponse) {
    const { prelude, contentType } = result.options;
    const headers = collect(prelude?.headers, prelude?.multiValueHeaders, prelude?.cookies);
    if (contentType && !headers.has('content-type')) headers.set('content-type', [contentType]);
    res.writeHead(prelude?.statusCode ?? 200, Object.fromEntries(headers));
    const body =
      result.body instanceof ReadableStream ? Readable.fromWeb(result.body) : Readable.from(result.body);
    await pipeline(body, res);
    return;
  }
  if (!isRecord(result) || typeof result.statusCode !== 'number') {
    const body = isString(result) ? result : (JSON.stringify(result) ?? 'null');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
    return;
  }
  const headers = collect(result.headers, result.multiValueHeaders, result.cookies);
  const body = isString(result.body)
    ? Buffer.from(result.body, result.isBase64Encoded === true ? 'base64' : 'utf8')
    : undefined;
  res.writeHead(result.statusCode, Object.fromEntries(headers));
  res.end(body);
}

/** Header lines keyed by lower-case name; multi-value entries replace single ones of the same name. */
function collect(single: unknown, multi: unknown, cookies: unknown): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const add = (source: unknown, replace: boolean) => {
    if (!isRecord(source)) return;
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(source)) {
      const key = name.toLowerCase();
      const values = (Array.isArray(value) ? value : [value])
        .filter((v) => v !== undefined && v !== null)
        .map(String);
      const current = replace && !seen.has(key) ? [] : (headers.get(key) ?? []);
      seen.add(key);
      headers.set(key, [...current, ...values]);
    }
  };
  add(single, false);
  add(multi, true);
  if (Array.isArray(cookies))
    headers.set('set-cookie', [...(headers.get('set-cookie') ?? []), ...cookies.filter(isString)]);
  return headers;
}
