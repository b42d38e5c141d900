import '../support/metadata.js';
import type { DefineAuthChallengeTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoChallengeResult, CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { DEFINE_AUTH_CHALLENGE_SOURCES, type DefineAuthChallengeTriggerSource } from './trigger-sources.js';

/** `request` of a define auth challenge trigger: the rounds so far. */
export class CognitoDefineAuthChallengeRequest {
  @IsObject() userAttributes!: Record<string, string>;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CognitoChallengeResult)
  session!: CognitoChallengeResult[];

  @IsOptional() @IsBoolean() userNotFound?: boolean;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a define auth challenge trigger (AWS sends the fields as null). */
export class CognitoDefineAuthChallengeResponse {
  @IsOptional() @IsString() challengeName?: string | null;
  @IsOptional() @IsBoolean() issueTokens?: boolean | null;
  @IsOptional() @IsBoolean() failAuthentication?: boolean | null;
}

/**
 * Cognito define auth challenge trigger (`DefineAuthChallenge_Authentication`): decides the next
 * step of a custom authentication flow.
 *
 * Not assignable to `@types/aws-lambda`'s `DefineAuthChallengeTriggerEvent`:
 * `request.session[].challengeName` is any string here (Cognito adds challenge names over time),
 * not the fixed list `@types/aws-lambda` knows.
 *
 * @example
 * ```ts
 * @Handler(CognitoDefineAuthChallengeEvent)
 * define(@Event() event: CognitoDefineAuthChallengeEvent) {
 *   const last = event.request.session.at(-1);
 *   if (last?.challengeResult) return event.issueTokens();
 *   return event.request.session.length >= 3 ? event.failAuthentication() : event.presentChallenge();
 * }
 * ```
 */
@EventSource({
  name: 'cognito-define-auth-challenge',
  detect: cognitoTriggerDetector(DEFINE_AUTH_CHALLENGE_SOURCES),
})
export class CognitoDefineAuthChallengeEvent
  extends CognitoTriggerEventBase<DefineAuthChallengeTriggerSource>
  implements Omit<DefineAuthChallengeTriggerEvent, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoDefineAuthChallengeRequest)
  request!: CognitoDefineAuthChallengeRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoDefineAuthChallengeResponse)
  response!: CognitoDefineAuthChallengeResponse;

  /** Ends the flow successfully: Cognito issues tokens. */
  issueTokens(): this {
    return this.decide(null, true, false);
  }

  /** Ends the flow with a failed sign-in. */
  failAuthentication(): this {
    return this.decide(null, false, true);
  }

  /** Asks Cognito to present another challenge (the create auth challenge trigger runs next). */
  presentChallenge(challengeName = 'CUSTOM_CHALLENGE'): this {
    return this.decide(challengeName, false, false);
  }

  private decide(challengeName: string | null, issueTokens: boolean, failAuthentication: boolean): this {
    this.response.challengeName = challengeName;
    this.response.issueTokens = issueTokens;
    this.response.failAuthentication = failAuthentication;
    return this;
  }
}
