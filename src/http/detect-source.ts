import { isRecord, isString } from '../../events/support/guards.js';

/** The HTTP integrations lambdakit understands, as `detectHttpSource` names them. */
export type HttpSource =
  | 'apigw-v1'
  | 'apigw-v2'
  | 'alb'
  | 'function-url'
  | 'websocket'
  | 'lattice-v1'
  | 'lattice-v2';

/** Every HTTP source, in a stable order (for tests and listings). */
export const HTTP_SOURCES: readonly HttpSource[] = [
  'apigw-v1',
  'apigw-v2',
  'alb',
  'function-url',
  'websocket',
  'lattice-v1',
  'lattice-v2',
];

/**
 * Names the HTTP integration that produced a raw event, or undefined when the event is not an HTTP
 * request. Pure and total: it never throws. API Gateway authorizer events (`type` TOKEN/REQUEST
 * with a `methodArn`/`routeArn`) are not requests and are never claimed.
 *
 * @example
 * ```ts
 * detectHttpSource(JSON.parse(body)); // 'apigw-v2'
 * ```
 */
export function detectHttpSource(event: unknown): HttpSource | undefined {
  if (!isRecord(event) || isAuthorizerEvent(event)) return undefined;
  const context = event.requestContext;
  if (!isRecord(context)) {
    return isString(event.raw_path) && isString(event.method) ? 'lattice-v1' : undefined;
  }
  if (isRecord(context.elb)) return isString(event.httpMethod) ? 'alb' : undefined;
  // A REST request (method, path and resource) stays one even when its context names a connection.
  if (isString(context.connectionId) && isString(context.eventType) && !isRestRequest(event))
    return 'websocket';
  if (isString(context.serviceNetworkArn) || isString(context.serviceArn)) {
    return isString(event.method) && isString(event.path) ? 'lattice-v2' : undefined;
  }
  if (event.version === '2.0' && isString(event.rawPath) && isRecord(context.http)) {
    return isFunctionUrl(event, context) ? 'function-url' : 'apigw-v2';
  }
  if (isString(event.httpMethod) && isString(event.path) && isString(context.stage)) return 'apigw-v1';
  return undefined;
}

function isRestRequest(event: Record<string, unknown>): boolean {
  return isString(event.httpMethod) && isString(event.path) && isString(event.resource);
}

function isAuthorizerEvent(event: Record<string, unknown>): boolean {
  return (
    (event.type === 'TOKEN' || event.type === 'REQUEST') && ('methodArn' in event || 'routeArn' in event)
  );
}

/** Function URLs use `<id>.lambda-url.<region>.on.aws`; their sample events also omit `routeKey`. */
function isFunctionUrl(event: Record<string, unknown>, context: Record<string, unknown>): boolean {
  if (isString(context.domainName) && context.domainName.includes('.lambda-url.')) return true;
  return !isString(event.routeKey) && !isString(context.routeKey);
}
