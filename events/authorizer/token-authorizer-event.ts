import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { Equals, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an API Gateway REST `TOKEN` authorizer event. */
export function isApiGatewayTokenAuthorizerEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    event.type === 'TOKEN' &&
    isString(event.methodArn) &&
    isString(event.authorizationToken)
  );
}

/**
 * An API Gateway REST API Lambda authorizer of type `TOKEN`: the bearer token from the configured
 * header and the ARN of the method being called. Answer with an `ApiGatewayAuthorizerResponse`.
 *
 * @example
 * ```ts
 * @Handler(ApiGatewayTokenAuthorizerEvent)
 * authorize(@Event() event: ApiGatewayTokenAuthorizerEvent) {
 *   return event.authorizationToken === 'allow'
 *     ? ApiGatewayAuthorizerResponse.allow('user', event.methodArn)
 *     : ApiGatewayAuthorizerResponse.deny('user', event.methodArn);
 * }
 * ```
 */
@EventSource({ name: 'apigateway-token-authorizer', detect: isApiGatewayTokenAuthorizerEvent })
export class ApiGatewayTokenAuthorizerEvent implements APIGatewayTokenAuthorizerEvent {
  @Equals('TOKEN') type!: 'TOKEN';
  @IsString() methodArn!: string;
  @IsString() authorizationToken!: string;
}
