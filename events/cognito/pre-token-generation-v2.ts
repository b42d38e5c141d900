import '../support/metadata.js';
import type { BasePreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { CognitoGroupConfiguration } from './group-configuration.js';
import { TOKEN_GENERATION_SOURCES, type TokenGenerationTriggerSource } from './trigger-sources.js';

/** `request` of a pre token generation trigger, event version 2 or 3. */
export class CognitoPreTokenGenerationV2Request {
  @IsObject() userAttributes!: Record<string, string>;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoGroupConfiguration)
  groupConfiguration!: CognitoGroupConfiguration;

  @IsOptional() @IsArray() @IsString({ each: true }) scopes?: string[];
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** Claims to change in the ID token (version 2/3 claims may be any JSON value). */
export class CognitoIdTokenGeneration {
  @IsOptional() @IsObject() claimsToAddOrOverride?: Record<string, unknown>;
  @IsOptional() @IsArray() @IsString({ each: true }) claimsToSuppress?: string[];
}

/** Claims and scopes to change in the access token. */
export class CognitoAccessTokenGeneration extends CognitoIdTokenGeneration {
  @IsOptional() @IsArray() @IsString({ each: true }) scopesToAdd?: string[];
  @IsOptional() @IsArray() @IsString({ each: true }) scopesToSuppress?: string[];
}

/** `response.claimsAndScopeOverrideDetails` of a version 2/3 pre token generation trigger. */
export class CognitoClaimsAndScopeOverrideDetails {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoIdTokenGeneration)
  idTokenGeneration?: CognitoIdTokenGeneration;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoAccessTokenGeneration)
  accessTokenGeneration?: CognitoAccessTokenGeneration;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoGroupConfiguration)
  groupOverrideDetails?: CognitoGroupConfiguration;
}

/** `response` of a version 2/3 pre token generation trigger. */
export class CognitoPreTokenGenerationV2Response {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoClaimsAndScopeOverrideDetails)
  claimsAndScopeOverrideDetails?: CognitoClaimsAndScopeOverrideDetails | null;
}

/**
 * Cognito pre token generation trigger, event versions 2 and 3 (ID and access token claims and
 * scopes; version 3 adds machine-to-machine `TokenGeneration_ClientCredentials`).
 *
 * Not assignable to @types/aws-lambda's `PreTokenGenerationV2TriggerEvent`:
 * `request.groupConfiguration.preferredRole` may be null or absent on the wire.
 *
 * @example
 * ```ts
 * @Handler(CognitoPreTokenGenerationV2Event)
 * claims(@Event() event: CognitoPreTokenGenerationV2Event) {
 *   return event
 *     .overrideIdToken({ claimsToAddOrOverride: { tenant: 't1' } })
 *     .overrideAccessToken({ scopesToAdd: ['orders/read'] });
 * }
 * ```
 */
@EventSource({
  name: 'cognito-pre-token-generation-v2',
  detect: cognitoTriggerDetector(TOKEN_GENERATION_SOURCES, ['2', '3']),
})
export class CognitoPreTokenGenerationV2Event
  extends CognitoTriggerEventBase<TokenGenerationTriggerSource>
  implements Omit<BasePreTokenGenerationV2TriggerEvent<TokenGenerationTriggerSource>, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreTokenGenerationV2Request)
  request!: CognitoPreTokenGenerationV2Request;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreTokenGenerationV2Response)
  response!: CognitoPreTokenGenerationV2Response;

  /** Sets what changes in the ID token. */
  overrideIdToken(details: CognitoIdTokenGeneration): this {
    this.details().idTokenGeneration = Object.assign(new CognitoIdTokenGeneration(), details);
    return this;
  }

  /** Sets what changes in the access token. */
  overrideAccessToken(details: CognitoAccessTokenGeneration): this {
    this.details().accessTokenGeneration = Object.assign(new CognitoAccessTokenGeneration(), details);
    return this;
  }

  /** Replaces the groups, roles and preferred role in the tokens. */
  overrideGroups(groups: CognitoGroupConfiguration): this {
    this.details().groupOverrideDetails = Object.assign(new CognitoGroupConfiguration(), groups);
    return this;
  }

  private details(): CognitoClaimsAndScopeOverrideDetails {
    this.response.claimsAndScopeOverrideDetails ??= new CognitoClaimsAndScopeOverrideDetails();
    return this.response.claimsAndScopeOverrideDetails;
  }
}
