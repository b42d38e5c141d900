export {
  AppSyncAuthorizerEvent,
  AppSyncAuthorizerRequestContext,
  isAppSyncAuthorizerEvent,
} from './appsync-authorizer-event.js';
export {
  AppSyncAuthorizerResponse,
  type AppSyncAuthorizerResponseOptions,
} from './appsync-authorizer-response.js';
export {
  ApiGatewayAuthorizerResponse,
  type AuthorizerContext,
  type AuthorizerResponseOptions,
} from './authorizer-response.js';
export { ApiGatewayClientCertificate, ApiGatewayClientCertificateValidity } from './client-certificate.js';
export {
  HttpApiRequestAuthorizerEventV1,
  isHttpApiRequestAuthorizerEventV1,
} from './http-api-authorizer-event-v1.js';
export { formatMethodArn, type MethodArnParts, parseMethodArn } from './method-arn.js';
export { RequestAuthorizerEventBase } from './request-authorizer-base.js';
export {
  ApiGatewayRequestAuthorizerEvent,
  isApiGatewayRequestAuthorizerEvent,
} from './request-authorizer-event.js';
export {
  ApiGatewayRequestAuthorizerEventV2,
  isApiGatewayRequestAuthorizerEventV2,
} from './request-authorizer-event-v2.js';
export { ApiGatewayAuthorizerIdentity, ApiGatewayAuthorizerRequestContext } from './request-context.js';
export {
  ApiGatewayAuthorizerAuthenticationV2,
  ApiGatewayAuthorizerHttpV2,
  ApiGatewayAuthorizerRequestContextV2,
} from './request-context-v2.js';
export { ApiGatewaySimpleAuthorizerResponse } from './simple-authorizer-response.js';
export {
  ApiGatewayTokenAuthorizerEvent,
  isApiGatewayTokenAuthorizerEvent,
} from './token-authorizer-event.js';
export {
  isWebSocketRequestAuthorizerEvent,
  WebSocketAuthorizerRequestContext,
  WebSocketRequestAuthorizerEvent,
} from './websocket-request-authorizer-event.js';
