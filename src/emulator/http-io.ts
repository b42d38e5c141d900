import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ErrorDocument } from './error-payloads.js';

/** A request body read up to a limit; past it the rest is drained and dropped. */
export interface ReadBody {
  readonly body: Buffer;
  readonly tooLarge: boolean;
}

/** Reads the whole body, keeping at most `limit` bytes so the connection stays usable. */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.once('end', () => resolve({ body: Buffer.concat(chunks), tooLarge: size > limit }));
    req.once('error', reject);
  });
}

/** Sends a JSON response. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  sendBytes(res, status, Buffer.from(JSON.stringify(value)), 'application/json', headers);
}

/** Sends bytes with a content type. */
export function sendBytes(
  res: ServerResponse,
  status: number,
  body: Buffer,
  contentType: string,
  headers: OutgoingHttpHeaders = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': body.length });
  res.end(body);
}

/** A single header value (the first when repeated). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Sends an error document as JSON. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorDocument,
  headers: OutgoingHttpHeaders = {},
): void {
  sendBytes(res, status, error.body, 'application/json', headers);
}
