import '../support/metadata.js';
import type { BasePreTokenGenerationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { CognitoGroupConfiguration } from './group-configuration.js';
import {
  LEGACY_PRE_TOKEN_GENERATION_SOURCE,
  TOKEN_GENERATION_SOURCES,
  type TokenGenerationTriggerSource,
} from './trigger-sources.js';

/** `request` of a pre token generation trigger, event version 1. */
export class CognitoPreTokenGenerationRequest {
  @IsObject() userAttributes!: Record<string, string>;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoGroupConfiguration)
  groupConfiguration!: CognitoGroupConfiguration;

  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response.claimsOverrideDetails` of a version 1 pre token generation trigger. */
export class CognitoClaimsOverrideDetails {
  @IsOptional() @IsObject() claimsToAddOrOverride?: Record<string, string>;
  @IsOptional() @IsArray() @IsString({ each: true }) claimsToSuppress?: string[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoGroupConfiguration)
  groupOverrideDetails?: CognitoGroupConfiguration | null;
}

/** `response` of a version 1 pre token generation trigger (AWS sends `claimsOverrideDetails: null`). */
export class CognitoPreTokenGenerationResponse {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoClaimsOverrideDetails)
  claimsOverrideDetails?: CognitoClaimsOverrideDetails | null;
}

/**
 * Cognito pre token generation trigger, event version 1 (ID token only; `TokenGeneration_*`).
 * Version 2/3 events are `CognitoPreTokenGenerationV2Event`.
 *
 * Not assignable to @types/aws-lambda's `PreTokenGenerationTriggerEvent`:
 * `request.groupConfiguration.preferredRole` may be null or absent on the wire.
 *
 * @example
 * ```ts
 * @Handler(CognitoPreTokenGenerationEvent)
 * claims(@Event() event: CognitoPreTokenGenerationEvent) {
 *   return event.addClaims({ tenant: 't1' }).suppressClaims(['phone_number']);
 * }
 * ```
 */
@EventSource({
  name: 'cognito-pre-token-generation',
  detect: cognitoTriggerDetector([...TOKEN_GENERATION_SOURCES, LEGACY_PRE_TOKEN_GENERATION_SOURCE], ['1']),
})
export class CognitoPreTokenGenerationEvent
  extends CognitoTriggerEventBase<TokenGenerationTriggerSource>
  implements Omit<BasePreTokenGenerationTriggerEvent<TokenGenerationTriggerSource>, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreTokenGenerationRequest)
  request!: CognitoPreTokenGenerationRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreTokenGenerationResponse)
  response!: CognitoPreTokenGenerationResponse;

  /** Adds or overrides ID token claims. */
  addClaims(claims: Record<string, string>): this {
    const details = this.details();
    details.claimsToAddOrOverride = { ...(details.claimsToAddOrOverride ?? {}), ...claims };
    return this;
  }

  /** Removes claims from the ID token. */
  suppressClaims(names: readonly string[]): this {
    const details = this.details();
    details.claimsToSuppress = [...(details.claimsToSuppress ?? []), ...names];
    return this;
  }

  /** Replaces the groups, roles and preferred role in the token. */
  overrideGroups(groups: CognitoGroupConfiguration): this {
    this.details().groupOverrideDetails = Object.assign(new CognitoGroupConfiguration(), groups);
    return this;
  }

  private details(): CognitoClaimsOverrideDetails {
    this.response.claimsOverrideDetails ??= new CognitoClaimsOverrideDetails();
    return this.response.claimsOverrideDetails;
  }
}
