export {
  CognitoCallerContext,
  CognitoChallengeResult,
  CognitoTriggerEventBase,
  cognitoTriggerDetector,
  isTriggerSourceOf,
} from './common.js';
export {
  type AuthChallenge,
  CognitoCreateAuthChallengeEvent,
  CognitoCreateAuthChallengeRequest,
  CognitoCreateAuthChallengeResponse,
} from './create-auth-challenge.js';
export {
  CognitoCustomMessageEvent,
  CognitoCustomMessageRequest,
  CognitoCustomMessageResponse,
  type CustomMessageTexts,
} from './custom-message.js';
export {
  CognitoDefineAuthChallengeEvent,
  CognitoDefineAuthChallengeRequest,
  CognitoDefineAuthChallengeResponse,
} from './define-auth-challenge.js';
export { CognitoGroupConfiguration } from './group-configuration.js';
export {
  CognitoInboundFederationAttributes,
  CognitoInboundFederationEvent,
  CognitoInboundFederationRequest,
  CognitoInboundFederationResponse,
} from './inbound-federation.js';
export { CognitoPostAuthenticationEvent, CognitoPostAuthenticationRequest } from './post-authentication.js';
export { CognitoPostConfirmationEvent, CognitoPostConfirmationRequest } from './post-confirmation.js';
export { CognitoPreAuthenticationEvent, CognitoPreAuthenticationRequest } from './pre-authentication.js';
export { CognitoPreSignUpEvent, CognitoPreSignUpRequest, CognitoPreSignUpResponse } from './pre-sign-up.js';
export {
  CognitoClaimsOverrideDetails,
  CognitoPreTokenGenerationEvent,
  CognitoPreTokenGenerationRequest,
  CognitoPreTokenGenerationResponse,
} from './pre-token-generation.js';
export {
  CognitoAccessTokenGeneration,
  CognitoClaimsAndScopeOverrideDetails,
  CognitoIdTokenGeneration,
  CognitoPreTokenGenerationV2Event,
  CognitoPreTokenGenerationV2Request,
  CognitoPreTokenGenerationV2Response,
} from './pre-token-generation-v2.js';
export { type CognitoSyncDatasetRecord, CognitoSyncEvent, isCognitoSyncEvent } from './sync.js';
export * from './trigger-sources.js';
export {
  CognitoUserMigrationEvent,
  CognitoUserMigrationRequest,
  CognitoUserMigrationResponse,
  type MigrateUserOptions,
} from './user-migration.js';
export {
  CognitoVerifyAuthChallengeEvent,
  CognitoVerifyAuthChallengeRequest,
  CognitoVerifyAuthChallengeResponse,
} from './verify-auth-challenge.js';
