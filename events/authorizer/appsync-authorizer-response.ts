import type { AppSyncAuthorizerResult } from 'aws-lambda';
import { IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString } from 'class-validator';

/** Optional fields of an AppSync authorizer response. */
export interface AppSyncAuthorizerResponseOptions {
  /**
   * Values resolvers read as `$ctx.identity.resolverContext`.
   * @default undefined
   */
  readonly resolverContext?: Record<string, string>;
  /**
   * Fields (`Type.field` or ARNs) forced to null in the response.
   * @default undefined
   */
  readonly deniedFields?: readonly string[];
  /**
   * Seconds AppSync caches this answer; 0 disables caching.
   * @default undefined (the API's configured TTL)
   */
  readonly ttlOverride?: number;
}

/**
 * The answer of an AppSync Lambda authorizer.
 *
 * @example
 * ```ts
 * return AppSyncAuthorizerResponse.allow({ resolverContext: { tenant: 't1' }, ttlOverride: 60 });
 * ```
 */
export class AppSyncAuthorizerResponse implements AppSyncAuthorizerResult<Record<string, string>> {
  @IsBoolean() isAuthorized!: boolean;
  @IsOptional() @IsObject() resolverContext?: Record<string, string>;
  @IsOptional() @IsArray() @IsString({ each: true }) deniedFields?: string[];
  @IsOptional() @IsInt() ttlOverride?: number;

  /** `isAuthorized: true` with the given options. */
  static allow(options: AppSyncAuthorizerResponseOptions = {}): AppSyncAuthorizerResponse {
    return AppSyncAuthorizerResponse.of(true, options);
  }

  /** `isAuthorized: false`; `ttlOverride` lets AppSync cache the refusal. */
  static deny(
    options: Pick<AppSyncAuthorizerResponseOptions, 'ttlOverride'> = {},
  ): AppSyncAuthorizerResponse {
    return AppSyncAuthorizerResponse.of(false, options);
  }

  private static of(
    isAuthorized: boolean,
    options: AppSyncAuthorizerResponseOptions,
  ): AppSyncAuthorizerResponse {
    const response = new AppSyncAuthorizerResponse();
    response.isAuthorized = isAuthorized;
    if (options.resolverContext !== undefined) response.resolverContext = { ...options.resolverContext };
    if (options.deniedFields !== undefined) response.deniedFields = [...options.deniedFields];
    if (options.ttlOverride !== undefined) response.ttlOverride = options.ttlOverride;
    return response;
  }
}
