export { AlbElbContext, AlbEvent, AlbRequestContext } from './alb-event.js';
export { ApiGatewayProxyEvent } from './api-gateway-proxy-event.js';
export { ApiGatewayProxyEventV2 } from './api-gateway-proxy-event-v2.js';
export { ApiGatewayIdentity, ApiGatewayProxyRequestContext } from './api-gateway-proxy-request-context.js';
export {
  ApiGatewayWebSocketEvent,
  ApiGatewayWebSocketRequestContext,
} from './api-gateway-websocket-event.js';
export { ClientCert, ClientCertValidity } from './client-cert.js';
export { FunctionUrlEvent } from './function-url-event.js';
export {
  FunctionUrlRequestContext,
  HttpApiAuthentication,
  HttpApiRequestContext,
  HttpApiRequestHttp,
  PayloadV2RequestContext,
} from './http-api-request-context.js';
export { PayloadV2Event } from './payload-v2-event.js';
export { VpcLatticeEvent } from './vpc-lattice-event.js';
export { VpcLatticeEventV2, VpcLatticeIdentity, VpcLatticeRequestContext } from './vpc-lattice-event-v2.js';
