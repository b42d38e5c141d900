import '../support/metadata.js';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { Type } from 'class-transformer';
import { Equals, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';
import { ApiGatewayAuthorizerRequestContextV2 } from './request-context-v2.js';

/** True for an HTTP API Lambda authorizer event with payload format version 2.0. */
export function isApiGatewayRequestAuthorizerEventV2(event: unknown): boolean {
  return isRecord(event) && event.version === '2.0' && event.type === 'REQUEST' && isString(event.routeArn);
}

/**
 * An HTTP API (API Gateway v2) Lambda authorizer event in payload format 2.0. It carries a whole
 * v2 request, so its detector (type + routeArn) outranks the HTTP request classes (specificity 20).
 * Answer with an `ApiGatewaySimpleAuthorizerResponse` (simple responses enabled) or an
 * `ApiGatewayAuthorizerResponse` (IAM policy).
 *
 * @example
 * ```ts
 * @Handler(ApiGatewayRequestAuthorizerEventV2)
 * authorize(@Event() event: ApiGatewayRequestAuthorizerEventV2) {
 *   const [token] = event.identitySource;
 *   return token === 'secret'
 *     ? ApiGatewaySimpleAuthorizerResponse.allow({ user: 'alice' })
 *     : ApiGatewaySimpleAuthorizerResponse.deny();
 * }
 * ```
 */
@EventSource({
  name: 'apigateway-v2-request-authorizer',
  detect: isApiGatewayRequestAuthorizerEventV2,
  specificity: 20,
})
export class ApiGatewayRequestAuthorizerEventV2
  implements Omit<APIGatewayRequestAuthorizerEventV2, 'cookies' | 'identitySource'>
{
  @Equals('2.0') version!: '2.0';
  @Equals('REQUEST') type!: 'REQUEST';
  @IsString() routeArn!: string;
  /**
   * The values of the configured identity sources; absent when the authorizer has none (caching
   * off), so the class is not assignable to @types/aws-lambda's `APIGatewayRequestAuthorizerEventV2`.
   */
  @IsOptional() @IsArray() @IsString({ each: true }) identitySource?: string[];
  @IsString() routeKey!: string;
  @IsString() rawPath!: string;
  @IsString() rawQueryString!: string;
  /** Absent when the request has no cookies. */
  @IsOptional() @IsArray() @IsString({ each: true }) cookies?: string[];
  @IsOptional() @IsObject() headers?: Record<string, string>;
  @IsOptional() @IsObject() queryStringParameters?: Record<string, string>;
  @IsOptional() @IsObject() pathParameters?: Record<string, string>;
  @IsOptional() @IsObject() stageVariables?: Record<string, string>;

  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayAuthorizerRequestContextV2)
  requestContext!: ApiGatewayAuthorizerRequestContextV2;
}
