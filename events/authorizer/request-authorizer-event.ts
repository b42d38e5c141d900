import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { IsObject } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isString } from '../support/guards.js';
import { Nullable } from '../support/validators.js';
import { RequestAuthorizerEventBase } from './request-authorizer-base.js';
import { versionlessRequestAuthorizerContext } from './request-authorizer-shape.js';

/** True for an API Gateway REST `REQUEST` authorizer event (no payload `version`). */
export function isApiGatewayRequestAuthorizerEvent(event: unknown): boolean {
  const context = versionlessRequestAuthorizerContext(event);
  return context !== undefined && !isString(context.connectionId);
}

/**
 * An API Gateway REST API Lambda authorizer of type `REQUEST`: the whole request (headers, query,
 * path and stage variables, context) and the ARN of the method being called. It looks like a proxy
 * request, so its detector (type + methodArn) outranks the HTTP request classes (specificity 20).
 *
 * Not assignable to @types/aws-lambda's `APIGatewayRequestAuthorizerEvent`: that type requires a
 * `requestContext.authorizer` key (typed `undefined`) that API Gateway never sends to an
 * authorizer.
 *
 * @example
 * ```ts
 * @Handler(ApiGatewayRequestAuthorizerEvent)
 * authorize(@Event() event: ApiGatewayRequestAuthorizerEvent) {
 *   const ok = event.headers?.HeaderAuth1 === 'headerValue1';
 *   return ApiGatewayAuthorizerResponse[ok ? 'allow' : 'deny']('me', event.methodArn);
 * }
 * ```
 */
@EventSource({
  name: 'apigateway-request-authorizer',
  detect: isApiGatewayRequestAuthorizerEvent,
  specificity: 20,
})
export class ApiGatewayRequestAuthorizerEvent
  extends RequestAuthorizerEventBase
  implements Omit<APIGatewayRequestAuthorizerEvent, 'requestContext'>
{
  @Nullable() @IsObject() multiValueHeaders!: Record<string, string[]> | null;
  @Nullable() @IsObject() multiValueQueryStringParameters!: Record<string, string[]> | null;
}
