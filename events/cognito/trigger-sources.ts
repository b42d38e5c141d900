/**
 * The `triggerSource` values Cognito user pools send, per trigger (Amazon Cognito developer guide,
 * "Connecting API actions to Lambda triggers"). Detectors match on these lists.
 */
export const PRE_SIGN_UP_SOURCES = [
  'PreSignUp_SignUp',
  'PreSignUp_AdminCreateUser',
  'PreSignUp_ExternalProvider',
] as const;
export const POST_CONFIRMATION_SOURCES = [
  'PostConfirmation_ConfirmSignUp',
  'PostConfirmation_ConfirmForgotPassword',
] as const;
export const PRE_AUTHENTICATION_SOURCES = ['PreAuthentication_Authentication'] as const;
export const POST_AUTHENTICATION_SOURCES = ['PostAuthentication_Authentication'] as const;
export const CUSTOM_MESSAGE_SOURCES = [
  'CustomMessage_SignUp',
  'CustomMessage_AdminCreateUser',
  'CustomMessage_ResendCode',
  'CustomMessage_ForgotPassword',
  'CustomMessage_UpdateUserAttribute',
  'CustomMessage_VerifyUserAttribute',
  'CustomMessage_Authentication',
] as const;
export const DEFINE_AUTH_CHALLENGE_SOURCES = ['DefineAuthChallenge_Authentication'] as const;
export const CREATE_AUTH_CHALLENGE_SOURCES = ['CreateAuthChallenge_Authentication'] as const;
export const VERIFY_AUTH_CHALLENGE_SOURCES = ['VerifyAuthChallengeResponse_Authentication'] as const;
export const USER_MIGRATION_SOURCES = [
  'UserMigration_Authentication',
  'UserMigration_ForgotPassword',
] as const;
/** Pre token generation, every event version. `TokenGeneration_ClientCredentials` is version 3 only. */
export const TOKEN_GENERATION_SOURCES = [
  'TokenGeneration_HostedAuth',
  'TokenGeneration_Authentication',
  'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice',
  'TokenGeneration_RefreshTokens',
  'TokenGeneration_ClientCredentials',
] as const;
/**
 * The value in AWS's own sample pre token generation (v1) event; accepted so that sample, and
 * events recorded from it, are recognised.
 */
export const LEGACY_PRE_TOKEN_GENERATION_SOURCE = 'PreTokenGen';
export const INBOUND_FEDERATION_SOURCES = ['InboundFederation_ExternalProvider'] as const;

export type PreSignUpTriggerSource = (typeof PRE_SIGN_UP_SOURCES)[number];
export type PostConfirmationTriggerSource = (typeof POST_CONFIRMATION_SOURCES)[number];
export type PreAuthenticationTriggerSource = (typeof PRE_AUTHENTICATION_SOURCES)[number];
export type PostAuthenticationTriggerSource = (typeof POST_AUTHENTICATION_SOURCES)[number];
export type CustomMessageTriggerSource = (typeof CUSTOM_MESSAGE_SOURCES)[number];
export type DefineAuthChallengeTriggerSource = (typeof DEFINE_AUTH_CHALLENGE_SOURCES)[number];
export type CreateAuthChallengeTriggerSource = (typeof CREATE_AUTH_CHALLENGE_SOURCES)[number];
export type VerifyAuthChallengeTriggerSource = (typeof VERIFY_AUTH_CHALLENGE_SOURCES)[number];
export type UserMigrationTriggerSource = (typeof USER_MIGRATION_SOURCES)[number];
export type TokenGenerationTriggerSource = (typeof TOKEN_GENERATION_SOURCES)[number];
export type InboundFederationTriggerSource = (typeof INBOUND_FEDERATION_SOURCES)[number];
