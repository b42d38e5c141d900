import { HttpRequest } from '../request.js';
import {
  type HttpRequestOptions,
  headerFields,
  queryFrom,
  recordOf,
  routingPath,
  str,
  stringMap,
} from './fields.js';

/**
 * A REST API (API Gateway v1, or an HTTP API with payload format 1.0) event as an `HttpRequest`.
 * Multi-value headers and query parameters win over their single-value copies.
 *
 * @example
 * ```ts
 * const req = apiGatewayV1EventToHttpRequest(event, { stripStage: true });
 * ```
 */
export function apiGatewayV1EventToHttpRequest(
  event: unknown,
  options: HttpRequestOptions = {},
): HttpRequest {
  const e = recordOf(event);
  const context = recordOf(e.requestContext);
  const rawPath = str(e, 'path', '/');
  return new HttpRequest({
    source: 'apigw-v1',
    method: str(e, 'httpMethod', 'GET'),
    path: routingPath(rawPath, context.stage, options),
    rawPath,
    query() {
      return queryFrom(e.queryStringParameters, e.multiValueQueryStringParameters, false);
    },
    ...headerFields(e.headers, e.multiValueHeaders),
    body: e.body,
    isBase64Encoded: e.isBase64Encoded,
    pathParameters: stringMap(e.pathParameters),
    stageVariables: stringMap(e.stageVariables),
    requestContext: e.requestContext,
    authorizer: context.authorizer,
    event,
  });
}
