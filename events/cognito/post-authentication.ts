import '../support/metadata.js';
import type { PostAuthenticationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { POST_AUTHENTICATION_SOURCES, type PostAuthenticationTriggerSource } from './trigger-sources.js';

type RequestShape = PostAuthenticationTriggerEvent['request'];

/** `request` of a post authentication trigger. */
export class CognitoPostAuthenticationRequest implements RequestShape {
  @IsObject() userAttributes!: Record<string, string>;
  @IsBoolean() newDeviceUsed!: boolean;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/**
 * Cognito post authentication trigger (`PostAuthentication_Authentication`). Return the event.
 *
 * @example
 * ```ts
 * @Handler(CognitoPostAuthenticationEvent)
 * audit(@Event() event: CognitoPostAuthenticationEvent) {
 *   if (event.request.newDeviceUsed) console.log('new device for', event.userName);
 *   return event;
 * }
 * ```
 */
@EventSource({
  name: 'cognito-post-authentication',
  detect: cognitoTriggerDetector(POST_AUTHENTICATION_SOURCES),
})
export class CognitoPostAuthenticationEvent
  extends CognitoTriggerEventBase<PostAuthenticationTriggerSource>
  implements PostAuthenticationTriggerEvent
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPostAuthenticationRequest)
  request!: CognitoPostAuthenticationRequest;

  /** Always `{}`: this trigger takes no answer. */
  @IsObject() response!: Record<string, never>;
}
