/** `lambdakit/openapi`: the OpenAPI 3.1 document of an app's `@Http` routes and their DTOs. */

export type { HttpResponseSpec, HttpRouteOptions } from '../../decorators/http-routes.js';
export { buildOpenApiDocument, DEFAULT_OPENAPI_OPTIONS } from './build-document.js';
export type {
  JsonSchema,
  OpenApiDocument,
  OpenApiInfo,
  OpenApiOperation,
  OpenApiOptions,
  OpenApiParameter,
  OpenApiServer,
} from './types.js';
