import { HttpRequest } from '../request.js';
import { headerFields, queryFrom, recordOf, str, stringMap } from './fields.js';

/**
 * An API Gateway WebSocket event as an `HttpRequest`. The method is the event type (`CONNECT`,
 * `MESSAGE`, `DISCONNECT`) and the path is `/` + the route key, so routes read
 * `@Http('CONNECT /$connect')`, `@Http('MESSAGE /sendMessage')` or `@Http('ANY /$default')`.
 *
 * @example
 * ```ts
 * const req = apiGatewayWebSocketEventToHttpRequest(event); // req.path === '/$default'
 * ```
 */
export function apiGatewayWebSocketEventToHttpRequest(event: unknown): HttpRequest {
  const e = recordOf(event);
  const context = recordOf(e.requestContext);
  const path = `/${str(context, 'routeKey', '$default')}`;
  return new HttpRequest({
    source: 'websocket',
    method: str(context, 'eventType', 'MESSAGE'),
    path,
    rawPath: path,
    query() {
      return queryFrom(e.queryStringParameters, e.multiValueQueryStringParameters, false);
    },
    ...headerFields(e.headers, e.multiValueHeaders),
    body: e.body,
    isBase64Encoded: e.isBase64Encoded,
    stageVariables: stringMap(e.stageVariables),
    requestContext: e.requestContext,
    authorizer: context.authorizer,
    event,
  });
}
