import { STATUS_CODES } from 'node:http';
import type { ClassType } from '../../decorators/class-type.js';
import type { HttpResponseSpec, HttpRouteSpec } from '../../decorators/http-routes.js';
import { paramsOf } from '../../decorators/params.js';
import { compilePath, parseRouteSpec, type Segment } from '../http/router/pattern.js';
import type { DtoSchemas } from './dto-schemas.js';
import { isConverted, paramSchema } from './param-schema.js';
import { ERROR_RESPONSES } from './problem-components.js';
import { readParamSource } from './read-params.js';
import type { OpenApiContent, OpenApiOperation, OpenApiParameter, OpenApiResponse } from './types.js';

/** The methods `ANY` stands for, as OpenAPI path item keys. */
const ANY_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** One route as OpenAPI operations: its path template and an operation per method. */
export interface RouteOperations {
  readonly path: string;
  readonly operations: Readonly<Record<string, OpenApiOperation>>;
}

/**
 * Describes one `@Http` route of `controller` under `prefix`: its path template (a greedy
 * `{proxy+}` becomes `{proxy}`, described as taking the rest of the path), its decorated
 * parameters, its body and its responses. `ANY` becomes one operation per method.
 */
export function routeOperations(
  controller: ClassType,
  prefix: string,
  spec: HttpRouteSpec,
  dtos: DtoSchemas,
): RouteOperations {
  const { method, path } = parseRouteSpec(spec.route);
  const segments = compilePath(joinPath(prefix, path));
  const decorated = paramsOf(controller.prototype, spec.propertyKey).map((param) => ({
    param,
    source: readParamSource(param),
  }));
  const parameters: OpenApiParameter[] = segments.flatMap((segment) => {
    if (segment.kind === 'static') return [];
    const bound = decorated.find(({ source }) => source?.in === 'path' && source.name === segment.name);
    return [pathParameter(segment, bound?.param.type)];
  });
  let requestBody: OpenApiOperation['requestBody'];
  let validated = false;
  for (const { param, source } of decorated) {
    if (source === undefined || source.in === 'path') continue;
    validated ||= isConverted(param.type);
    if (source.in === 'body') {
      validated = true;
      requestBody = bodyOf(param.type, dtos);
      continue;
    }
    const { name, array, required } = source;
    validated ||= required;
    const schema = paramSchema(param.type, array);
    parameters.push({ name, in: source.in, required, schema, ...(array ? { explode: true } : {}) });
  }
  validated ||= decorated.some(({ param, source }) => source?.in === 'path' && isConverted(param.type));
  const { summary, description, deprecated, operationId } = spec.options;
  const baseId = operationId ?? `${controller.name}_${String(spec.propertyKey)}`;
  const methods = method === 'ANY' ? ANY_METHODS : [method.toLowerCase()];
  const operations: Record<string, OpenApiOperation> = {};
  for (const verb of methods) {
    operations[verb] = {
      operationId: method === 'ANY' ? `${baseId}_${verb}` : baseId,
      tags: [controller.name],
      ...(summary === undefined ? {} : { summary }),
      ...(description === undefined ? {} : { description }),
      ...(deprecated === true ? { deprecated } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses: responsesOf(
        spec.options.responses,
        dtos,
        validated,
        parameters.some((p) => p.in === 'path'),
      ),
    };
  }
  return { path: `/${segments.map(templateOf).join('/')}`, operations };
}

function pathParameter(
  segment: Exclude<Segment, { kind: 'static' }>,
  type: Function | undefined,
): OpenApiParameter {
  const greedy = segment.kind === 'greedy';
  return {
    name: segment.name,
    in: 'path',
    required: true,
    schema: paramSchema(greedy ? String : type, false),
    ...(greedy
      ? {
          description: `Greedy (\`{${segment.name}+}\`): the rest of the path, one or more segments, slashes included.`,
        }
      : {}),
  };
}

function templateOf(segment: Segment): string {
  return segment.kind === 'static' ? segment.value : `{${segment.name}}`;
}

/** The body a `@Body()` reads, by its type: a DTO is validated JSON; text, bytes, or any JSON. */
function bodyOf(type: Function | undefined, dtos: DtoSchemas): NonNullable<OpenApiOperation['requestBody']> {
  if (type === String) return { required: false, content: { 'text/plain': { schema: { type: 'string' } } } };
  if (type === Buffer || type === Uint8Array) {
    return { required: false, content: { 'application/octet-stream': { schema: {} } } };
  }
  if (type === undefined || type === Object || type === Array || !isDto(type)) {
    return { required: false, content: { 'application/json': { schema: {} } } };
  }
  return { required: true, content: { 'application/json': { schema: dtos.ref(type) } } };
}

function isDto(type: Function): type is ClassType<object> {
  return typeof type.prototype === 'object' && type !== Number && type !== Boolean;
}

function responsesOf(
  declared: Readonly<Record<number, HttpResponseSpec>> | undefined,
  dtos: DtoSchemas,
  validated: boolean,
  hasPathParams: boolean,
): Record<string, OpenApiResponse> {
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, spec] of Object.entries(declared ?? { 200: {} })) {
    const content: OpenApiContent | undefined = spec.type
      ? { 'application/json': { schema: dtos.ref(spec.type) } }
      : undefined;
    const description = spec.description ?? STATUS_CODES[Number(status)] ?? 'Response';
    responses[status] = content ? { description, content } : { description };
  }
  if (validated) responses['400'] ??= { $ref: ERROR_RESPONSES.badRequest };
  if (hasPathParams) responses['404'] ??= { $ref: ERROR_RESPONSES.notFound };
  return responses;
}

/** The route's full path, as the HTTP handler joins a controller prefix and a route path. */
function joinPath(prefix: string, path: string): string {
  const parts = [prefix, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter((p) => p !== '');
  return `/${parts.join('/')}`;
}
