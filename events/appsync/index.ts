export {
  type AppSyncIdentity,
  AppSyncIdentityCognito,
  AppSyncIdentityIam,
  AppSyncIdentityLambda,
  AppSyncIdentityOidc,
  appSyncIdentityClass,
} from './identity.js';
export {
  AppSyncResolverEvent,
  AppSyncResolverInfo,
  AppSyncResolverRequest,
  isAppSyncResolverEvent,
} from './resolver-event.js';
