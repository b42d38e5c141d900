import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { isRecord, isString } from '../support/guards.js';

/** `callerContext` of every Cognito user pool trigger event. */
export class CognitoCallerContext {
  @IsString() awsSdkVersion!: string;
  @IsString() clientId!: string;
}

/**
 * The fields every Cognito user pool trigger event carries. Each trigger's class adds its
 * `request` and `response`; a handler returns the event itself with `response` filled in.
 */
export abstract class CognitoTriggerEventBase<TSource extends string = string> {
  @IsString() version!: string;
  @IsString() region!: string;
  @IsString() userPoolId!: string;
  @IsString() userName!: string;
  /** Validated as a string; the class's detector checks it against the trigger's sources. */
  @IsString() triggerSource!: TSource;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoCallerContext)
  callerContext!: CognitoCallerContext;
}

/** One earlier round of a custom authentication flow (`request.session[]`). */
export class CognitoChallengeResult {
  @IsString() challengeName!: string;
  @IsBoolean() challengeResult!: boolean;
  @IsOptional() @IsString() challengeMetadata?: string;
}

/**
 * True when `triggerSource` is one of `sources`. AWS's documentation samples list alternatives
 * joined by `/` (`CustomMessage_SignUp/CustomMessage_ResendCode`); each part must then be known.
 */
export function isTriggerSourceOf(value: unknown, sources: readonly string[]): boolean {
  return isString(value) && value.split('/').every((part) => sources.includes(part));
}

/** Whether `version` (a string, or a number as some triggers send it) is one of `versions`. */
function versionOf(version: unknown, versions: readonly string[]): boolean {
  return (typeof version === 'string' || typeof version === 'number') && versions.includes(String(version));
}

/**
 * A detector for a Cognito user pool trigger: a user pool event whose `triggerSource` is one of
 * `sources` and, when `versions` is given, whose event `version` is one of them.
 */
export function cognitoTriggerDetector(
  sources: readonly string[],
  versions?: readonly string[],
): (event: unknown) => boolean {
  return (event) =>
    isRecord(event) &&
    isString(event.userPoolId) &&
    isRecord(event.request) &&
    isTriggerSourceOf(event.triggerSource, sources) &&
    (versions === undefined || versionOf(event.version, versions));
}
