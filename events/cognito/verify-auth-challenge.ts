import '../support/metadata.js';
import type { VerifyAuthChallengeResponseTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { VERIFY_AUTH_CHALLENGE_SOURCES, type VerifyAuthChallengeTriggerSource } from './trigger-sources.js';

type RequestShape = VerifyAuthChallengeResponseTriggerEvent['request'];

/** `request` of a verify auth challenge response trigger. */
export class CognitoVerifyAuthChallengeRequest implements RequestShape {
  @IsObject() userAttributes!: Record<string, string>;
  @IsObject() privateChallengeParameters!: Record<string, string>;
  @IsString() challengeAnswer!: string;
  @IsOptional() @IsBoolean() userNotFound?: boolean;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a verify auth challenge response trigger (AWS sends `answerCorrect: null`). */
export class CognitoVerifyAuthChallengeResponse {
  @IsOptional() @IsBoolean() answerCorrect?: boolean | null;
}

/**
 * Cognito verify auth challenge response trigger (`VerifyAuthChallengeResponse_Authentication`).
 *
 * Not assignable to @types/aws-lambda's `VerifyAuthChallengeResponseTriggerEvent`: Cognito sends
 * `response.answerCorrect: null` until the function sets it.
 *
 * @example
 * ```ts
 * @Handler(CognitoVerifyAuthChallengeEvent)
 * verify(@Event() event: CognitoVerifyAuthChallengeEvent) {
 *   return event.answer(event.request.challengeAnswer === event.request.privateChallengeParameters.code);
 * }
 * ```
 */
@EventSource({
  name: 'cognito-verify-auth-challenge',
  detect: cognitoTriggerDetector(VERIFY_AUTH_CHALLENGE_SOURCES),
})
export class CognitoVerifyAuthChallengeEvent
  extends CognitoTriggerEventBase<VerifyAuthChallengeTriggerSource>
  implements Omit<VerifyAuthChallengeResponseTriggerEvent, 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoVerifyAuthChallengeRequest)
  request!: CognitoVerifyAuthChallengeRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoVerifyAuthChallengeResponse)
  response!: CognitoVerifyAuthChallengeResponse;

  /** Records whether the user's answer is correct. */
  answer(correct: boolean): this {
    this.response.answerCorrect = correct;
    return this;
  }
}
