import '../support/metadata.js';
import type { BasePostConfirmationTriggerEvent, PostConfirmationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { POST_CONFIRMATION_SOURCES, type PostConfirmationTriggerSource } from './trigger-sources.js';

type RequestShape = PostConfirmationTriggerEvent['request'];

/** `request` of a post confirmation trigger. */
export class CognitoPostConfirmationRequest implements RequestShape {
  @IsObject() userAttributes!: Record<string, string>;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/**
 * Cognito post confirmation trigger (`PostConfirmation_ConfirmSignUp`,
 * `PostConfirmation_ConfirmForgotPassword`). Return the event unchanged.
 *
 * @example
 * ```ts
 * @Handler(CognitoPostConfirmationEvent)
 * async welcome(@Event() event: CognitoPostConfirmationEvent) {
 *   await sendWelcomeMail(event.request.userAttributes.email);
 *   return event;
 * }
 * ```
 */
@EventSource({ name: 'cognito-post-confirmation', detect: cognitoTriggerDetector(POST_CONFIRMATION_SOURCES) })
export class CognitoPostConfirmationEvent
  extends CognitoTriggerEventBase<PostConfirmationTriggerSource>
  implements BasePostConfirmationTriggerEvent<PostConfirmationTriggerSource>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPostConfirmationRequest)
  request!: CognitoPostConfirmationRequest;

  /** Always `{}`: this trigger takes no answer. */
  @IsObject() response!: Record<string, never>;
}
