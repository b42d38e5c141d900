export {
  type AppSyncIdentity,
  AppSyncIdentityCognito,
  AppSyncIdentityIam,
  AppSyncIdentityLambda,
  AppSyncIdentityOidc,
  appSyncIdentityClass,
} from './identity.js';
export {
  APPSYNC_LAMBDA_OPERATIONS,
  AppSyncLambdaRequestEvent,
  isAppSyncLambdaRequestEvent,
} from './lambda-request-event.js';
export {
  AppSyncResolverEvent,
  AppSyncResolverInfo,
  AppSyncResolverRequest,
  isAppSyncResolverEvent,
} from './resolver-event.js';
