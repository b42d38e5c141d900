import '../support/metadata.js';
import type { PreAuthenticationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { PRE_AUTHENTICATION_SOURCES, type PreAuthenticationTriggerSource } from './trigger-sources.js';

/** `request` of a pre authentication trigger. */
export class CognitoPreAuthenticationRequest
  implements Omit<PreAuthenticationTriggerEvent['request'], 'validationData'>
{
  @IsObject() userAttributes!: Record<string, string>;
  @IsOptional() @IsBoolean() userNotFound?: boolean;
  @IsOptional() @IsObject() validationData?: Record<string, string> | null;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/**
 * Cognito pre authentication trigger (`PreAuthentication_Authentication`). Throw to refuse the
 * sign-in; return the event to let it proceed.
 *
 * Not assignable to @types/aws-lambda's `PreAuthenticationTriggerEvent`: `request.validationData`
 * may be null on the wire.
 *
 * @example
 * ```ts
 * @Handler(CognitoPreAuthenticationEvent)
 * check(@Event() event: CognitoPreAuthenticationEvent) {
 *   if (blocked.has(event.userName)) throw new Error('This account is suspended');
 *   return event;
 * }
 * ```
 */
@EventSource({
  name: 'cognito-pre-authentication',
  detect: cognitoTriggerDetector(PRE_AUTHENTICATION_SOURCES),
})
export class CognitoPreAuthenticationEvent
  extends CognitoTriggerEventBase<PreAuthenticationTriggerSource>
  implements Omit<PreAuthenticationTriggerEvent, 'request'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreAuthenticationRequest)
  request!: CognitoPreAuthenticationRequest;

  /** Always `{}`: this trigger answers by throwing or not. */
  @IsObject() response!: Record<string, never>;
}
