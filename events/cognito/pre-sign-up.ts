import '../support/metadata.js';
import type { BasePreSignUpTriggerEvent, PreSignUpTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { PRE_SIGN_UP_SOURCES, type PreSignUpTriggerSource } from './trigger-sources.js';

type Shape = PreSignUpTriggerEvent['request'];

/** `request` of a pre sign-up trigger. */
export class CognitoPreSignUpRequest implements Omit<Shape, 'validationData'> {
  @IsObject() userAttributes!: Record<string, string>;
  @IsOptional() @IsObject() validationData?: Record<string, string> | null;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a pre sign-up trigger (AWS sends all three as false). */
export class CognitoPreSignUpResponse {
  @IsBoolean() autoConfirmUser!: boolean;
  @IsBoolean() autoVerifyEmail!: boolean;
  @IsBoolean() autoVerifyPhone!: boolean;
}

/**
 * Cognito pre sign-up trigger (`PreSignUp_SignUp`, `_AdminCreateUser`, `_ExternalProvider`).
 * Throw to reject the sign-up; return the event, optionally auto-confirmed, to accept it.
 *
 * Not assignable to @types/aws-lambda's `PreSignUpTriggerEvent`: `request.validationData` may be
 * null on the wire.
 *
 * @example
 * ```ts
 * @Handler(CognitoPreSignUpEvent)
 * preSignUp(@Event() event: CognitoPreSignUpEvent) {
 *   if (event.request.userAttributes.email?.endsWith('@example.com')) event.autoConfirm().autoVerifyEmail();
 *   return event;
 * }
 * ```
 */
@EventSource({ name: 'cognito-pre-sign-up', detect: cognitoTriggerDetector(PRE_SIGN_UP_SOURCES) })
export class CognitoPreSignUpEvent
  extends CognitoTriggerEventBase<PreSignUpTriggerSource>
  implements Omit<BasePreSignUpTriggerEvent<PreSignUpTriggerSource>, 'request'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreSignUpRequest)
  request!: CognitoPreSignUpRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoPreSignUpResponse)
  response!: CognitoPreSignUpResponse;

  /** Confirms the user without a verification code. */
  autoConfirm(): this {
    this.response.autoConfirmUser = true;
    return this;
  }

  /** Marks the email as verified (the user must be auto-confirmed too). */
  autoVerifyEmail(): this {
    this.response.autoVerifyEmail = true;
    return this;
  }

  /** Marks the phone number as verified (the user must be auto-confirmed too). */
  autoVerifyPhone(): this {
    this.response.autoVerifyPhone = true;
    return this;
  }
}
