import { isRecord, isString } from '../support/guards.js';

/**
 * True for an API Gateway REST (v1) proxy request even when its `requestContext` also carries
 * WebSocket-looking fields (`connectionId`, `eventType`): a request with an HTTP method, a path and
 * a resource is a REST request. WebSocket events have none of the three.
 */
export function isRestProxyRequest(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.httpMethod) &&
    isString(event.path) &&
    isString(event.resource) &&
    isRecord(event.requestContext) &&
    isString(event.requestContext.stage) &&
    isString(event.requestContext.resourcePath) &&
    !isString(event.type)
  );
}
