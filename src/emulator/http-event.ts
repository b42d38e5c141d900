import type { IncomingMessage } from 'node:http';
import { isRecord } from '../../events/support/guards.js';
import { nodeRequestToEvent } from '../http/local/node-request-to-event.js';
import type { HttpEventFormat } from './options.js';

/** Where a Function URL event claims to come from. */
export interface FunctionUrlFacts {
  /** The 32-character url id of `<id>.lambda-url.<region>.on.aws`. */
  readonly urlId: string;
  readonly region: string;
}

/**
 * The Lambda event an HTTP request to the emulator becomes. `function-url` is payload 2.0 whose
 * `requestContext` names a `*.lambda-url.*` domain, as Function URL events do, so the function
 * (and lambdakit's HTTP layer) treats it as a Function URL and may stream its response.
 */
export function httpRequestToEvent(
  req: IncomingMessage,
  body: Buffer,
  format: HttpEventFormat,
  functionUrl: FunctionUrlFacts,
): Record<string, unknown> {
  if (format !== 'function-url') return nodeRequestToEvent(req, body, format);
  const event = nodeRequestToEvent(req, body, 'v2');
  // Function URLs, unlike HTTP APIs, keep the path percent-encoded.
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  event.rawPath = path;
  const { requestContext } = event;
  if (isRecord(requestContext)) {
    if (isRecord(requestContext.http)) requestContext.http.path = path;
    Object.assign(requestContext, {
      apiId: functionUrl.urlId,
      domainName: `${functionUrl.urlId}.lambda-url.${functionUrl.region}.on.aws`,
      domainPrefix: functionUrl.urlId,
    });
  }
  return event;
}
