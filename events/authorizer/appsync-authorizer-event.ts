import '../support/metadata.js';
import type { AppSyncAuthorizerEvent as AppSyncAuthorizerEventShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';

/** True for an AppSync Lambda authorizer event. */
export function isAppSyncAuthorizerEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    isString(event.authorizationToken) &&
    isRecord(event.requestContext) &&
    isString(event.requestContext.apiId) &&
    isString(event.requestContext.queryString)
  );
}

/** `requestContext` of an AppSync authorizer event: the GraphQL operation being authorized. */
export class AppSyncAuthorizerRequestContext {
  @IsString() apiId!: string;
  @IsString() accountId!: string;
  @IsString() requestId!: string;
  @IsString() queryString!: string;
  @IsOptional() @IsString() operationName?: string;
  @IsObject() variables!: Record<string, unknown>;
}

/**
 * An AppSync Lambda authorizer event: the `Authorization` header value and the GraphQL request.
 * Answer with an `AppSyncAuthorizerResponse`.
 *
 * Not assignable to @types/aws-lambda's `AppSyncAuthorizerEvent`: `requestHeaders` is optional
 * here, as AppSync leaves it out of some requests.
 *
 * @example
 * ```ts
 * @Handler(AppSyncAuthorizerEvent)
 * authorize(@Event() event: AppSyncAuthorizerEvent) {
 *   return event.authorizationToken === 'secret'
 *     ? AppSyncAuthorizerResponse.allow({ resolverContext: { user: 'alice' } })
 *     : AppSyncAuthorizerResponse.deny();
 * }
 * ```
 */
@EventSource({ name: 'appsync-authorizer', detect: isAppSyncAuthorizerEvent })
export class AppSyncAuthorizerEvent implements Omit<AppSyncAuthorizerEventShape, 'requestHeaders'> {
  @IsString() authorizationToken!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => AppSyncAuthorizerRequestContext)
  requestContext!: AppSyncAuthorizerRequestContext;

  /** The request's headers (absent from AWS's older samples). */
  @IsOptional() @IsObject() requestHeaders?: Record<string, string>;
}
