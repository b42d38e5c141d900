import '../support/metadata.js';
import type { CreateAuthChallengeTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoChallengeResult, CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { CREATE_AUTH_CHALLENGE_SOURCES, type CreateAuthChallengeTriggerSource } from './trigger-sources.js';

/** `request` of a create auth challenge trigger. */
export class CognitoCreateAuthChallengeRequest {
  @IsObject() userAttributes!: Record<string, string>;
  @IsString() challengeName!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CognitoChallengeResult)
  session!: CognitoChallengeResult[];

  @IsOptional() @IsBoolean() userNotFound?: boolean;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a create auth challenge trigger (AWS sends the fields as null). */
export class CognitoCreateAuthChallengeResponse {
  @IsOptional() @IsObject() publicChallengeParameters?: Record<string, string> | null;
  @IsOptional() @IsObject() privateChallengeParameters?: Record<string, string> | null;
  @IsOptional() @IsString() challengeMetadata?: string | null;
}

/** The challenge a create auth challenge trigger poses. */
export interface AuthChallenge {
  /** Sent to the client app (the question). */
  readonly publicParameters: Record<string, string>;
  /** Kept for the verify trigger (the expected answer). */
  readonly privateParameters: Record<string, string>;
  /**
   * Names the challenge in later `session` entries.
   * @default unchanged
   */
  readonly metadata?: string;
}

/**
 * Cognito create auth challenge trigger (`CreateAuthChallenge_Authentication`): builds the
 * challenge of a custom authentication flow.
 *
 * Not assignable to `@types/aws-lambda`'s `CreateAuthChallengeTriggerEvent`:
 * `request.session[].challengeName` is any string here (Cognito adds challenge names over time),
 * not the fixed list `@types/aws-lambda` knows.
 *
 * @example
 * ```ts
 * @Handler(CognitoCreateAuthChallengeEvent)
 * create(@Event() event: CognitoCreateAuthChallengeEvent) {
 *   const code = randomCode();
 *   return event.setChallenge({ publicParameters: { hint: 'sms' }, privateParameters: { code } });
 * }
 * ```
 */
@EventSource({
  name: 'cognito-create-auth-challenge',
  detect: cognitoTriggerDetector(CREATE_AUTH_CHALLENGE_SOURCES),
})
export class CognitoCreateAuthChallengeEvent
  extends CognitoTriggerEventBase<CreateAuthChallengeTriggerSource>
  implements Omit<CreateAuthChallengeTriggerEvent, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoCreateAuthChallengeRequest)
  request!: CognitoCreateAuthChallengeRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoCreateAuthChallengeResponse)
  response!: CognitoCreateAuthChallengeResponse;

  /** Fills `response` with the challenge. */
  setChallenge(challenge: AuthChallenge): this {
    this.response.publicChallengeParameters = { ...challenge.publicParameters };
    this.response.privateChallengeParameters = { ...challenge.privateParameters };
    if (challenge.metadata !== undefined) this.response.challengeMetadata = challenge.metadata;
    return this;
  }
}
