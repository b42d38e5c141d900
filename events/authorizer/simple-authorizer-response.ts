import type { APIGatewaySimpleAuthorizerResult } from 'aws-lambda';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';

/**
 * The simple answer of an HTTP API Lambda authorizer (when "simple responses" are enabled):
 * `isAuthorized` and an optional context forwarded as `requestContext.authorizer.lambda`.
 *
 * @example
 * ```ts
 * return ok ? ApiGatewaySimpleAuthorizerResponse.allow({ userId: 'u1' }) : ApiGatewaySimpleAuthorizerResponse.deny();
 * ```
 */
export class ApiGatewaySimpleAuthorizerResponse implements APIGatewaySimpleAuthorizerResult {
  @IsBoolean() isAuthorized!: boolean;
  @IsOptional() @IsObject() context?: Record<string, unknown>;

  /** `{ isAuthorized: true, context }`. */
  static allow(context?: Record<string, unknown>): ApiGatewaySimpleAuthorizerResponse {
    return ApiGatewaySimpleAuthorizerResponse.of(true, context);
  }

  /** `{ isAuthorized: false, context }`. */
  static deny(context?: Record<string, unknown>): ApiGatewaySimpleAuthorizerResponse {
    return ApiGatewaySimpleAuthorizerResponse.of(false, context);
  }

  private static of(
    isAuthorized: boolean,
    context?: Record<string, unknown>,
  ): ApiGatewaySimpleAuthorizerResponse {
    const response = new ApiGatewaySimpleAuthorizerResponse();
    response.isAuthorized = isAuthorized;
    if (context !== undefined) response.context = { ...context };
    return response;
  }
}
