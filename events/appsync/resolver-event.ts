import '../support/metadata.js';
import type { AppSyncResolverEvent as AppSyncResolverEventShape } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { isRecord, isString } from '../support/guards.js';
import { Nullable } from '../support/validators.js';
import { type AppSyncIdentity, appSyncIdentityClass } from './identity.js';

/** True for an AppSync direct Lambda resolver event (a single, not a batched, invocation). */
export function isAppSyncResolverEvent(event: unknown): boolean {
  return (
    isRecord(event) &&
    'arguments' in event &&
    isRecord(event.info) &&
    isString(event.info.fieldName) &&
    isString(event.info.parentTypeName)
  );
}

/** `request` of an AppSync resolver event. */
export class AppSyncResolverRequest {
  @IsObject() headers!: Record<string, string>;
  /** The API's custom domain, null when the default endpoint was used. */
  @IsOptional() @IsString() domainName!: string | null;
}

/** `info` of an AppSync resolver event: the field being resolved. */
export class AppSyncResolverInfo {
  @IsArray() @IsString({ each: true }) selectionSetList!: string[];
  @IsString() selectionSetGraphQL!: string;
  @IsString() parentTypeName!: string;
  @IsString() fieldName!: string;
  @IsObject() variables!: Record<string, unknown>;
}

/**
 * An AppSync direct Lambda resolver event: the field's arguments, the caller identity (an
 * `AppSyncIdentityIam`, `AppSyncIdentityCognito`, `AppSyncIdentityOidc` or `AppSyncIdentityLambda`
 * instance, chosen by shape), the parent `source`, request headers and field info.
 *
 * Not assignable to @types/aws-lambda's `AppSyncResolverEvent`: the identity classes allow absent
 * `username` and null Cognito identity-pool fields, as AppSync sends them.
 *
 * @example
 * ```ts
 * @Handler(AppSyncResolverEvent)
 * getPost(@Event() event: AppSyncResolverEvent<{ id: string }>) {
 *   return { id: event.arguments.id, field: event.info.fieldName };
 * }
 * ```
 */
@EventSource({ name: 'appsync-resolver', detect: isAppSyncResolverEvent })
export class AppSyncResolverEvent<
  TArguments extends object = Record<string, unknown>,
  TSource extends object | null = Record<string, unknown> | null,
> implements Omit<AppSyncResolverEventShape<TArguments, TSource>, 'identity' | 'prev'>
{
  @IsObject() arguments!: TArguments;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type((options) => appSyncIdentityClass(options?.object[options.property]))
  identity?: AppSyncIdentity | null;

  @Nullable() @IsObject() source!: TSource;

  @IsObject()
  @ValidateNested()
  @Type(() => AppSyncResolverRequest)
  request!: AppSyncResolverRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => AppSyncResolverInfo)
  info!: AppSyncResolverInfo;

  /** The previous function's result in a pipeline resolver; null or absent otherwise. */
  @IsOptional() @IsObject() prev?: { result: Record<string, unknown> } | null;
  @IsObject() stash!: Record<string, unknown>;
}
