import type { IncomingMessage } from 'node:http';
import { safeDecode } from '../body.js';
import { declaredCharset } from '../charset.js';
import { isTextContentType } from '../content-type.js';
import { albEvent, v1Event, v2Event } from './event-builders.js';
import { distinctHeaders } from './event-helpers.js';

/** The event formats the local bridge can produce. */
export type LocalEventFormat = 'v2' | 'v1' | 'alb';

/**
 * Builds a realistic Lambda HTTP event from a Node request, as API Gateway (HTTP API payload 2.0 by
 * default, or REST payload 1.0) or an ALB target group in multi-value mode would send it. Textual
 * bodies travel as text, others base64-encoded.
 *
 * @example
 * ```ts
 * createServer(async (req, res) => {
 *   const event = nodeRequestToEvent(req, await readAll(req), 'v2');
 *   await writeResultToNodeResponse(res, await handler(event, context));
 * });
 * ```
 */
export function nodeRequestToEvent(
  req: IncomingMessage,
  body: Buffer,
  format: LocalEventFormat = 'v2',
): Record<string, unknown> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = distinctHeaders(req);
  const contentType = req.headers['content-type'];
  // Text in another charset than UTF-8 travels as bytes, so the request can decode it in its charset.
  const text =
    isTextContentType(contentType) &&
    req.headers['content-encoding'] === undefined &&
    declaredCharset(contentType) === undefined;
  const encoded = {
    body: body.toString(text ? 'utf8' : 'base64'),
    isBase64Encoded: !text && body.length > 0,
  };
  const facts = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    host: req.headers.host ?? 'localhost',
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    userAgent: req.headers['user-agent'] ?? '',
    protocol: `HTTP/${req.httpVersion}`,
    now: new Date(),
  };
  if (format === 'alb')
    return albEvent(url, headers, facts.method, body.length > 0 ? encoded : { ...encoded, body: '' });
  if (format === 'v1')
    return v1Event(url, headers, facts, body.length > 0 ? encoded : { body: null, isBase64Encoded: false });
  // HTTP APIs hand the function the path percent-decoded, as here; REST APIs and ALB keep it encoded.
  const decoded = { ...facts, path: safeDecode(facts.path) };
  return v2Event(url, headers, decoded, body.length > 0 ? encoded : { isBase64Encoded: false });
}
