import { Equals, IsObject, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';
import { RequestAuthorizerEventBase } from './request-authorizer-base.js';

/** True for an HTTP API Lambda authorizer event with payload format version 1.0. */
export function isHttpApiRequestAuthorizerEventV1(event: unknown): boolean {
  return isRecord(event) && event.version === '1.0' && event.type === 'REQUEST' && isString(event.methodArn);
}

/**
 * An HTTP API (API Gateway v2) Lambda authorizer event in payload format 1.0: the REST request
 * authorizer shape plus `version`, `identitySource` and `authorizationToken` (both the joined
 * identity sources). Outranks the HTTP request classes (specificity 20).
 *
 * Not assignable to @types/aws-lambda's `APIGatewayRequestAuthorizerEvent`: `multiValueHeaders`
 * and `multiValueQueryStringParameters` may be absent from HTTP API payload 1.0 authorizer events.
 *
 * @example
 * ```ts
 * @Handler(HttpApiRequestAuthorizerEventV1)
 * authorize(@Event() event: HttpApiRequestAuthorizerEventV1) {
 *   return ApiGatewayAuthorizerResponse.allow(event.authorizationToken ?? 'anonymous', event.methodArn);
 * }
 * ```
 */
@EventSource({
  name: 'apigateway-v2-request-authorizer-v1',
  detect: isHttpApiRequestAuthorizerEventV1,
  specificity: 20,
})
export class HttpApiRequestAuthorizerEventV1 extends RequestAuthorizerEventBase {
  @Equals('1.0') version!: '1.0';
  @IsOptional() @IsString() identitySource?: string;
  @IsOptional() @IsString() authorizationToken?: string;
  @IsOptional() @IsObject() multiValueHeaders?: Record<string, string[]> | null;
  @IsOptional() @IsObject() multiValueQueryStringParameters?: Record<string, string[]> | null;
}
