import '../support/metadata.js';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isString } from '../support/guards.js';
import { IsStringListMap, IsStringMap } from '../support/validators.js';
import { versionlessRequestAuthorizerContext } from './request-authorizer-shape.js';

/** `requestContext` of a WebSocket REQUEST authorizer event: the `$connect` request being authorized. */
export class WebSocketAuthorizerRequestContext {
  /** `$connect`: a WebSocket API runs its authorizer on that route only. */
  @IsString() routeKey!: string;
  @Equals('CONNECT') eventType!: 'CONNECT';
  @IsString() connectionId!: string;
  @IsString() requestId!: string;
  @IsString() apiId!: string;
  @IsString() stage!: string;
  @IsString() domainName!: string;
  @IsOptional() @IsString() extendedRequestId?: string;
  @IsOptional() @IsString() requestTime?: string;
  @IsOptional() @IsNumber() requestTimeEpoch?: number;
  @IsOptional() @IsNumber() connectedAt?: number;
  @IsOptional() @IsIn(['IN']) messageDirection?: 'IN';
  /** `sourceIp`, `userAgent` and the other caller fields API Gateway knows. */
  @IsOptional() @IsObject() identity?: Record<string, unknown>;
}

/** Detects a WebSocket REQUEST authorizer event: a REQUEST authorizer whose context has a connection. */
export function isWebSocketRequestAuthorizerEvent(event: unknown): boolean {
  const context = versionlessRequestAuthorizerContext(event);
  return context !== undefined && isString(context.connectionId) && context.eventType === 'CONNECT';
}

/**
 * The input of a Lambda REQUEST authorizer of an API Gateway WebSocket API, run on `$connect`. Unlike
 * the REST form there is no `resource`, `path`, `httpMethod` or `pathParameters`, and `methodArn` ends
 * in the route (`…/default/$connect`). Answer with `ApiGatewayAuthorizerResponse`, as for REST.
 * @types/aws-lambda types it as `APIGatewayRequestAuthorizerEvent`, whose REST-only fields this event
 * lacks, so the class is not assignable to it.
 *
 * @example
 * ```ts
 * @Handler(WebSocketRequestAuthorizerEvent)
 * authorize(@Event() event: WebSocketRequestAuthorizerEvent) {
 *   const allowed = event.queryStringParameters?.token === expected;
 *   return ApiGatewayAuthorizerResponse[allowed ? 'allow' : 'deny']('user', event.methodArn);
 * }
 * ```
 */
@EventSource<WebSocketRequestAuthorizerEvent>({
  name: 'apigateway-websocket-request-authorizer',
  detect: isWebSocketRequestAuthorizerEvent,
  specificity: 20,
})
export class WebSocketRequestAuthorizerEvent {
  @Equals('REQUEST') type!: 'REQUEST';
  @IsString() methodArn!: string;
  @IsOptional() @IsStringMap() headers?: Record<string, string> | null;
  @IsOptional() @IsStringListMap() multiValueHeaders?: Record<string, string[]> | null;
  @IsOptional() @IsStringMap() queryStringParameters?: Record<string, string> | null;
  @IsOptional() @IsStringListMap() multiValueQueryStringParameters?: Record<string, string[]> | null;
  @IsOptional() @IsStringMap() stageVariables?: Record<string, string> | null;

  @IsObject()
  @ValidateNested()
  @Type(() => WebSocketAuthorizerRequestContext)
  requestContext!: WebSocketAuthorizerRequestContext;
}
