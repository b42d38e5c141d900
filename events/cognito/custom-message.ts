import '../support/metadata.js';
import type { BaseCustomMessageTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { Nullable } from '../support/validators.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { CUSTOM_MESSAGE_SOURCES, type CustomMessageTriggerSource } from './trigger-sources.js';

type ResponseShape = BaseCustomMessageTriggerEvent<CustomMessageTriggerSource>['response'];

/** `request` of a custom message trigger: the placeholders your message must contain. */
export class CognitoCustomMessageRequest {
  @IsObject() userAttributes!: Record<string, string>;
  /** Placeholder (`{####}`) for the code; must appear in the message you return. */
  @IsString() codeParameter!: string;
  /** Placeholder for the verification link (sign-up/verification messages with links). */
  @IsOptional() @IsString() linkParameter?: string;
  /** Placeholder for the user name; null except for `CustomMessage_AdminCreateUser`. */
  @IsOptional() @IsString() usernameParameter?: string | null;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a custom message trigger; null fields keep Cognito's default text. */
export class CognitoCustomMessageResponse implements ResponseShape {
  @Nullable() @IsString() smsMessage!: string | null;
  @Nullable() @IsString() emailMessage!: string | null;
  @Nullable() @IsString() emailSubject!: string | null;
}

/** The texts a custom message trigger sends instead of Cognito's defaults. */
export interface CustomMessageTexts {
  /**
   * SMS body; must contain `request.codeParameter`.
   * @default unchanged
   */
  readonly sms?: string;
  /**
   * Email body (HTML allowed); must contain `request.codeParameter`.
   * @default unchanged
   */
  readonly email?: string;
  /**
   * Email subject.
   * @default unchanged
   */
  readonly subject?: string;
}

/**
 * Cognito custom message trigger (`CustomMessage_SignUp`, `_AdminCreateUser`, `_ResendCode`,
 * `_ForgotPassword`, `_UpdateUserAttribute`, `_VerifyUserAttribute`, `_Authentication`).
 *
 * Not assignable to @types/aws-lambda's `CustomMessageTriggerEvent`: `request.linkParameter` is
 * optional here, as Cognito leaves it out of several trigger sources.
 *
 * @example
 * ```ts
 * @Handler(CognitoCustomMessageEvent)
 * message(@Event() event: CognitoCustomMessageEvent) {
 *   const code = event.request.codeParameter;
 *   return event.setMessage({ subject: 'Welcome', email: `Your code is ${code}`, sms: `Code: ${code}` });
 * }
 * ```
 */
@EventSource({ name: 'cognito-custom-message', detect: cognitoTriggerDetector(CUSTOM_MESSAGE_SOURCES) })
export class CognitoCustomMessageEvent
  extends CognitoTriggerEventBase<CustomMessageTriggerSource>
  implements Omit<BaseCustomMessageTriggerEvent<CustomMessageTriggerSource>, 'request'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoCustomMessageRequest)
  request!: CognitoCustomMessageRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoCustomMessageResponse)
  response!: CognitoCustomMessageResponse;

  /** Sets the texts given; the others keep their current value. */
  setMessage(texts: CustomMessageTexts): this {
    if (texts.sms !== undefined) this.response.smsMessage = texts.sms;
    if (texts.email !== undefined) this.response.emailMessage = texts.email;
    if (texts.subject !== undefined) this.response.emailSubject = texts.subject;
    return this;
  }
}
