import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isTextContentType } from '../content-type.js';
import type { HttpMiddleware } from './middleware.js';

/** Options of `compress()`. */
export interface CompressOptions {
  /** Smallest body (bytes) worth compressing. @default 1024 */
  readonly threshold?: number;
  /** Encodings offered, most preferred first. @default ['br', 'gzip'] */
  readonly encodings?: readonly ('br' | 'gzip')[];
  /** Which content types to compress. @default textual types (see `isTextContentType`) and SVG */
  readonly filter?: (contentType: string | null) => boolean;
}

const DEFAULT_COMPRESS = {
  threshold: 1024,
  encodings: ['br', 'gzip'],
  filter: (type: string | null) => isTextContentType(type) || (type ?? '').startsWith('image/svg+xml'),
} as const;

const ENCODERS = {
  br: (data: Buffer) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (data: Buffer) => promisify(gzip)(data),
};

/**
 * Compresses response bodies with Brotli or gzip (`node:zlib`) when the client's Accept-Encoding
 * allows it and the body is over `threshold`. Streamed bodies, bodies that already carry a
 * Content-Encoding, and HEAD, 204 and 304 responses are left alone. Compressed bodies are sent
 * base64-encoded, as the integrations require.
 *
 * @example
 * ```ts
 * createHttpHandler({ controllers, middleware: [compress({ threshold: 2048 })] });
 * ```
 */
export function compress(options: CompressOptions = {}): HttpMiddleware {
  const config = { ...DEFAULT_COMPRESS, ...options };
  return async (req, next) => {
    const res = await next();
    res.headers.append('vary', 'Accept-Encoding');
    const bytes = res.bytes();
    if (!bytes || bytes.length < config.threshold || res.headers.has('content-encoding')) return res;
    if (req.method === 'HEAD' || res.status === 204 || res.status === 304) return res;
    if (!config.filter(res.headers.get('content-type'))) return res;
    const encoding = negotiate(req.headers.get('accept-encoding'), config.encodings);
    if (!encoding) return res;
    res.body = await ENCODERS[encoding](bytes);
    res.headers.set('content-encoding', encoding);
    res.headers.delete('content-length');
    return res;
  };
}

/** The first offered encoding the client accepts with q > 0 (`*` counts), or undefined. */
export function negotiate(
  header: string | null,
  offered: readonly ('br' | 'gzip')[],
): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const accepted = offered.filter((e) => (q.get(e) ?? q.get('*') ?? 0) > 0);
  return accepted.sort((a, b) => (q.get(b) ?? q.get('*') ?? 0) - (q.get(a) ?? q.get('*') ?? 0))[0];
}
