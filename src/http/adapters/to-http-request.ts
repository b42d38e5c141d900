import { detectHttpSource, type HttpSource } from '../detect-source.js';
import type { HttpRequest } from '../request.js';
import { albEventToHttpRequest } from './alb.js';
import { apiGatewayV1EventToHttpRequest } from './api-gateway-v1.js';
import { apiGatewayV2EventToHttpRequest, functionUrlEventToHttpRequest } from './api-gateway-v2.js';
import type { HttpRequestOptions } from './fields.js';
import { vpcLatticeEventToHttpRequest, vpcLatticeV2EventToHttpRequest } from './vpc-lattice.js';
import { apiGatewayWebSocketEventToHttpRequest } from './websocket.js';

/** The adapter of each integration. */
export const ADAPTERS: Readonly<
  Record<HttpSource, (event: unknown, options: HttpRequestOptions) => HttpRequest>
> = {
  'apigw-v1': apiGatewayV1EventToHttpRequest,
  'apigw-v2': apiGatewayV2EventToHttpRequest,
  alb: albEventToHttpRequest,
  'function-url': functionUrlEventToHttpRequest,
  websocket: apiGatewayWebSocketEventToHttpRequest,
  'lattice-v1': vpcLatticeEventToHttpRequest,
  'lattice-v2': vpcLatticeV2EventToHttpRequest,
};

/** Raised by `toHttpRequest` when the event is not an HTTP request of a known integration. */
export class NotAnHttpEventError extends TypeError {
  constructor() {
    super('the event is not an HTTP request (API Gateway, ALB, Function URL, WebSocket or VPC Lattice)');
    this.name = 'NotAnHttpEventError';
  }
}

/**
 * Any HTTP event as an `HttpRequest`, picking the adapter with `detectHttpSource` (or the given
 * source). Throws `NotAnHttpEventError` for other events and `BadRequestError` for invalid base64.
 *
 * @example
 * ```ts
 * const req = toHttpRequest(event, { stripStage: false });
 * ```
 */
export function toHttpRequest(
  event: unknown,
  options: HttpRequestOptions & { readonly source?: HttpSource } = {},
): HttpRequest {
  const source = options.source ?? detectHttpSource(event);
  if (!source) throw new NotAnHttpEventError();
  return ADAPTERS[source](event, options);
}
