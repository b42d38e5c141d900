import { isString } from '../../../events/support/guards.js';
import { parseCookies } from '../cookies.js';
import { HttpRequest } from '../request.js';
import {
  cookieHeaderValues,
  type HttpRequestOptions,
  headersFrom,
  recordOf,
  routingPath,
  str,
  stringMap,
} from './fields.js';

/**
 * An HTTP API (API Gateway v2, payload format 2.0) event as an `HttpRequest`. The query comes from
 * `rawQueryString` (so repeated keys stay separate) and `cookies[]` is merged into the Cookie header.
 *
 * @example
 * ```ts
 * const req = apiGatewayV2EventToHttpRequest(event); // stage '/prod' stripped from rawPath
 * ```
 */
export function apiGatewayV2EventToHttpRequest(
  event: unknown,
  options: HttpRequestOptions = {},
): HttpRequest {
  return payloadV2ToHttpRequest(event, 'apigw-v2', options);
}

/**
 * A Lambda Function URL event (payload format 2.0, no stage) as an `HttpRequest`.
 *
 * @example
 * ```ts
 * const req = functionUrlEventToHttpRequest(event);
 * ```
 */
export function functionUrlEventToHttpRequest(event: unknown, options: HttpRequestOptions = {}): HttpRequest {
  return payloadV2ToHttpRequest(event, 'function-url', { ...options, stripStage: false });
}

function payloadV2ToHttpRequest(
  event: unknown,
  source: 'apigw-v2' | 'function-url',
  options: HttpRequestOptions,
): HttpRequest {
  const e = recordOf(event);
  const context = recordOf(e.requestContext);
  const rawPath = str(e, 'rawPath', '/');
  const listed = Array.isArray(e.cookies) ? e.cookies.filter(isString) : [];
  return new HttpRequest({
    source,
    method: str(recordOf(context.http), 'method', 'GET'),
    path: routingPath(source === 'apigw-v2' ? escapeDecodedPath(rawPath) : rawPath, context.stage, options),
    rawPath,
    query() {
      return new URLSearchParams(str(e, 'rawQueryString'));
    },
    headers() {
      return headersWithCookies(e.headers, listed);
    },
    cookies() {
      return parseCookies([...listed, ...cookieHeaderValues(e.headers)]);
    },
    body: e.body,
    isBase64Encoded: e.isBase64Encoded,
    pathParameters: stringMap(e.pathParameters),
    stageVariables: stringMap(e.stageVariables),
    requestContext: e.requestContext,
    authorizer: context.authorizer,
    event,
  });
}

/** The event's headers, with its `cookies` list joined into the `cookie` header. */
function headersWithCookies(raw: unknown, listed: readonly string[]): Headers {
  const built = headersFrom(raw);
  if (listed.length === 0) return built;
  try {
    built.set('cookie', [built.get('cookie'), ...listed].filter(Boolean).join('; '));
  } catch {
    // A cookie Fetch rejects (a character above U+00FF): `req.cookies` still has them all.
  }
  return built;
}

/** A path of characters `encodeURI` leaves as they are, other than `?` and `#`: nothing to escape. */
const UNESCAPED_PATH = /^[A-Za-z0-9;,/:@&=+$\-_.!~*'()]*$/;

/**
 * HTTP APIs deliver `rawPath` already percent-decoded (REST APIs, ALB and Function URLs keep it
 * encoded). Every `%` in it is then literal: escaping it, and the characters an encoded path cannot
 * hold, gives the router the encoded path it decodes exactly once.
 */
function escapeDecodedPath(path: string): string {
  if (UNESCAPED_PATH.test(path)) return path;
  try {
    return encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23');
  } catch {
    return path;
  }
}
