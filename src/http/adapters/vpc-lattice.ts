import { HttpRequest } from '../request.js';
import { type HttpRequestOptions, headerFields, queryFrom, recordOf, routingPath, str } from './fields.js';

/**
 * A VPC Lattice event of structure version 1 (snake_case fields) as an `HttpRequest`. A query
 * string left in `raw_path` is used when `query_string_parameters` is absent.
 *
 * @example
 * ```ts
 * const req = vpcLatticeEventToHttpRequest(event);
 * ```
 */
export function vpcLatticeEventToHttpRequest(event: unknown, options: HttpRequestOptions = {}): HttpRequest {
  const e = recordOf(event);
  const [rawPath = '/', rawQuery = ''] = str(e, 'raw_path', '/').split(/\?(.*)/s);
  const query =
    e.query_string_parameters === undefined
      ? new URLSearchParams(rawQuery)
      : queryFrom(e.query_string_parameters, undefined, false);
  return new HttpRequest({
    source: 'lattice-v1',
    method: str(e, 'method', 'GET'),
    path: routingPath(rawPath, undefined, options),
    rawPath,
    query() {
      return query;
    },
    ...headerFields(e.headers),
    body: e.body,
    isBase64Encoded: e.is_base64_encoded,
    event,
  });
}

/**
 * A VPC Lattice event of structure version 2 (multi-value headers and query, `requestContext`
 * with the service, network and caller identity) as an `HttpRequest`.
 *
 * @example
 * ```ts
 * const req = vpcLatticeV2EventToHttpRequest(event); // req.authorizer = requestContext.identity
 * ```
 */
export function vpcLatticeV2EventToHttpRequest(
  event: unknown,
  options: HttpRequestOptions = {},
): HttpRequest {
  const e = recordOf(event);
  const context = recordOf(e.requestContext);
  const rawPath = str(e, 'path', '/');
  return new HttpRequest({
    source: 'lattice-v2',
    method: str(e, 'method', 'GET'),
    path: routingPath(rawPath, undefined, options),
    rawPath,
    query() {
      return queryFrom(undefined, e.queryStringParameters, false);
    },
    ...headerFields(undefined, e.headers),
    body: e.body,
    isBase64Encoded: e.isBase64Encoded,
    requestContext: e.requestContext,
    authorizer: context.identity,
    event,
  });
}
