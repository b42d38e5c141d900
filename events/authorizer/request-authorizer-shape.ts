import { isRecord, isString } from '../support/guards.js';

/**
 * The `requestContext` of a `REQUEST` authorizer event without a payload `version` (a REST or a
 * WebSocket API's), or undefined for any other event.
 */
export function versionlessRequestAuthorizerContext(event: unknown): Record<string, unknown> | undefined {
  return isRecord(event) &&
    event.type === 'REQUEST' &&
    isString(event.methodArn) &&
    event.version === undefined &&
    isRecord(event.requestContext)
    ? event.requestContext
    : undefined;
}
