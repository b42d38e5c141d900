import '../support/metadata.js';
import type { BaseUserMigrationTriggerEvent } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { CognitoTriggerEventBase, cognitoTriggerDetector } from './common.js';
import { USER_MIGRATION_SOURCES, type UserMigrationTriggerSource } from './trigger-sources.js';

/** `request` of a user migration trigger. */
export class CognitoUserMigrationRequest {
  /** The password entered at sign-in; absent in the forgot-password flow. */
  @IsOptional() @IsString() password?: string;
  @IsOptional() @IsObject() validationData?: Record<string, string> | null;
  @IsOptional() @IsObject() clientMetadata?: Record<string, string>;
}

/** `response` of a user migration trigger (AWS sends the fields as null). */
export class CognitoUserMigrationResponse {
  @IsOptional() @IsObject() userAttributes?: Record<string, string> | null;
  @IsOptional() @IsString() finalUserStatus?: string | null;
  @IsOptional() @IsString() messageAction?: string | null;
  @IsOptional() @IsArray() @IsString({ each: true }) desiredDeliveryMediums?: string[] | null;
  @IsOptional() @IsBoolean() forceAliasCreation?: boolean | null;
  @IsOptional() @IsBoolean() enableSMSMFA?: boolean | null;
}

/** How a migrated user is created. */
export interface MigrateUserOptions {
  /**
   * `CONFIRMED` lets the user sign in at once; `RESET_REQUIRED` forces a new password.
   * @default unchanged (Cognito: the user must confirm)
   */
  readonly finalUserStatus?: 'CONFIRMED' | 'RESET_REQUIRED';
  /**
   * `SUPPRESS` sends no welcome message; `RESEND` resends it.
   * @default unchanged
   */
  readonly messageAction?: 'RESEND' | 'SUPPRESS';
  /**
   * Where the welcome message goes.
   * @default unchanged
   */
  readonly desiredDeliveryMediums?: ReadonlyArray<'EMAIL' | 'SMS'>;
  /**
   * Move an alias (email/phone) already used by another user to this one.
   * @default unchanged
   */
  readonly forceAliasCreation?: boolean;
}

/**
 * Cognito user migration trigger (`UserMigration_Authentication`, `UserMigration_ForgotPassword`):
 * look the user up in the old directory and return their attributes, or throw to refuse.
 *
 * Not assignable to @types/aws-lambda's `UserMigrationTriggerEvent`: `request.password` is absent
 * on forgot-password migrations and `validationData` may be null.
 *
 * @example
 * ```ts
 * @Handler(CognitoUserMigrationEvent)
 * async migrate(@Event() event: CognitoUserMigrationEvent) {
 *   const user = await legacy.check(event.userName, event.request.password);
 *   return event.migrate({ email: user.email, email_verified: 'true' }, { finalUserStatus: 'CONFIRMED' });
 * }
 * ```
 */
@EventSource({ name: 'cognito-user-migration', detect: cognitoTriggerDetector(USER_MIGRATION_SOURCES) })
export class CognitoUserMigrationEvent
  extends CognitoTriggerEventBase<UserMigrationTriggerSource>
  implements Omit<BaseUserMigrationTriggerEvent<UserMigrationTriggerSource>, 'request' | 'response'>
{
  @IsObject()
  @ValidateNested()
  @Type(() => CognitoUserMigrationRequest)
  request!: CognitoUserMigrationRequest;

  @IsObject()
  @ValidateNested()
  @Type(() => CognitoUserMigrationResponse)
  response!: CognitoUserMigrationResponse;

  /** Accepts the user with `userAttributes`. */
  migrate(userAttributes: Record<string, string>, options: MigrateUserOptions = {}): this {
    this.response.userAttributes = { ...userAttributes };
    if (options.finalUserStatus !== undefined) this.response.finalUserStatus = options.finalUserStatus;
    if (options.messageAction !== undefined) this.response.messageAction = options.messageAction;
    if (options.desiredDeliveryMediums !== undefined) {
      this.response.desiredDeliveryMediums = [...options.desiredDeliveryMediums];
    }
    if (options.forceAliasCreation !== undefined)
      this.response.forceAliasCreation = options.forceAliasCreation;
    return this;
  }
}
