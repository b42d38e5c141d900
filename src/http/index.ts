/** `lambdakit/http`: one request/response model over every Lambda HTTP integration, a router, middleware. */

export { Http, type HttpRouteSpec, httpRoutesOf } from '../../decorators/http.js';
export { Body, Cookie, Header, Param, Query, Req } from '../../decorators/http-params.js';
export { albEventToHttpRequest } from './adapters/alb.js';
export { apiGatewayV1EventToHttpRequest } from './adapters/api-gateway-v1.js';
export { apiGatewayV2EventToHttpRequest, functionUrlEventToHttpRequest } from './adapters/api-gateway-v2.js';
export type { HttpRequestOptions } from './adapters/fields.js';
export { NotAnHttpEventError, toHttpRequest } from './adapters/to-http-request.js';
export { vpcLatticeEventToHttpRequest, vpcLatticeV2EventToHttpRequest } from './adapters/vpc-lattice.js';
export { apiGatewayWebSocketEventToHttpRequest } from './adapters/websocket.js';
export { asHttpError, type HttpErrorLike } from './as-http-error.js';
export { decodeEventBody } from './body.js';
export { isTextContentType } from './content-type.js';
export { parseCookies } from './cookies.js';
export { detectHttpSource, HTTP_SOURCES, type HttpSource } from './detect-source.js';
export { type EncodeTarget, encodeResponse, type LambdaHttpResult } from './encoders/encode.js';
export { errorToResponse, PROBLEM_JSON } from './error-response.js';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  type HttpErrorOptions,
  InternalServerError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  type ProblemDetails,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from './errors.js';
export { createFetchHandler } from './fetch/create-fetch-handler.js';
export type {
  FetchHandler,
  LambdaFetchEnv,
  LambdaHttpHandler,
  RunFetchOptions,
} from './fetch/fetch-handler.js';
export { runFetch } from './fetch/run-fetch.js';
export {
  createHttpHandler,
  type HttpControllerEntry,
  type HttpHandler,
  type HttpHandlerOptions,
  type HttpRouteInfo,
} from './handler.js';
export { type LocalEventFormat, nodeRequestToEvent } from './local/node-request-to-event.js';
export { writeResultToNodeResponse } from './local/write-result.js';
export { type CompressOptions, compress } from './middleware/compress.js';
export { type CorsOptions, cors } from './middleware/cors.js';
export { compose, type HttpMiddleware } from './middleware/middleware.js';
export { HttpRequest, type HttpRequestInit } from './request.js';
export { type HttpBody, HttpResponse, type HttpResponseInit } from './response.js';
export { InvalidResponseHeaderError, ResponseEncodingError } from './response-errors.js';
export { RouteConflictError, RouteDefinitionError } from './router/route-errors.js';
export { type RouteMatch, Router } from './router/router.js';
export { fromWebResponse, toHttpResponse } from './to-http-response.js';
