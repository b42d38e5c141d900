import { HttpRequest } from '../request.js';
import { type HttpRequestOptions, headerFields, queryFrom, recordOf, routingPath, str } from './fields.js';

/**
 * An Application Load Balancer event (single- or multi-value mode) as an `HttpRequest`. ALB sends
 * query keys and values percent-encoded as the client wrote them; they are decoded here.
 *
 * @example
 * ```ts
 * const req = albEventToHttpRequest(event); // ?q=a%20b → req.query.get('q') === 'a b'
 * ```
 */
export function albEventToHttpRequest(event: unknown, options: HttpRequestOptions = {}): HttpRequest {
  const e = recordOf(event);
  const rawPath = str(e, 'path', '/');
  return new HttpRequest({
    source: 'alb',
    method: str(e, 'httpMethod', 'GET'),
    path: routingPath(rawPath, undefined, options),
    rawPath,
    query() {
      return queryFrom(e.queryStringParameters, e.multiValueQueryStringParameters, true);
    },
    ...headerFields(e.headers, e.multiValueHeaders),
    body: e.body,
    isBase64Encoded: e.isBase64Encoded,
    requestContext: e.requestContext,
    event,
  });
}
