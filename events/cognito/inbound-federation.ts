import '../support/metadata.js';
import type { InboundFederationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { INBOUND_FEDERATION_SOURCES, type InboundFederationTriggerSource } from './trigger-sources.js';

/** What the external provider returned: OIDC/social token data or SAML assertion attributes. */
export class CognitoInboundFederationAttributes {
  @IsOptional() @IsObject() tokenResponse?: Record<string, string>;
  @IsOptional() @IsObject() idToken?: Record<string, string>;
  @IsOptional() @IsObject() userInfo?: Record<string, string>;
  @IsOptional() @IsObject() samlResponse?: Record<string, string>;
}

/** `request` of an inbound federation trigger. */
export class CognitoInboundFederationRequest {
  @IsString() providerName!: string;
  /** `OIDC`, `SAML`, `Facebook`, `Google`, `SignInWithApple` or `LoginWithAmazon`. */
  @IsString() providerType!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoInboundFederationAttributes)
  attributes!: CognitoInboundFederationAttributes;
}

/** `response` of an inbound federation trigger. */
export class CognitoInboundFederationResponse {
  /** Attributes to store on the user; omitted ones are dropped, `{}` keeps all originals. */
  @IsOptional() @IsObject() userAttributesToMap?: Record<string, string> | null;
}

/**
 * Cognito inbound federation trigger (`InboundFederation_ExternalProvider`): maps the attributes
 * of a user signing in through an external identity provider.
 *
 * Not assignable to `@types/aws-lambda`'s `InboundFederationTriggerEvent`: `request.providerType` is
 * any string here, not the fixed list `@types/aws-lambda` knows.
 *
 * @example
 * ```ts
 * @Handler(CognitoInboundFederationEvent)
 * map(@Event() event: CognitoInboundFederationEvent) {
 *   const info = event.request.attributes.userInfo ?? {};
 *   return event.mapAttributes({ email: info.email ?? '', given_name: info.given_name ?? '' });
 * }
 * ```
 */
@EventSource({
  name: 'cognito-inbound-federation',
  detect: cognitoTriggerDetector(INBOUND_FEDERATION_SOURCES),
})
export class CognitoInboundFederationEvent
  extends CognitoTriggerEventBase<InboundFederationTriggerSource>
  implements Omit<InboundFederationTriggerEvent, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoInboundFederationRequest)
  request!: CognitoInboundFederationRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoInboundFederationResponse)
  response!: CognitoInboundFederationResponse;

  /** Sets the attributes Cognito stores on the user. */
  mapAttributes(attributes: Record<string, string>): this {
    this.response.userAttributesToMap = { ...attributes };
    return this;
  }
}
