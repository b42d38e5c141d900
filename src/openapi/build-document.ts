import type { ClassType } from '../../decorators/class-type.js';
import { controllerOf } from '../../decorators/controller.js';
import { httpRoutesOf } from '../../decorators/http-routes.js';
import { DtoSchemas } from './dto-schemas.js';
import { PROBLEM_RESPONSES, PROBLEM_SCHEMAS } from './problem-components.js';
import { routeOperations } from './route-operations.js';
import type { OpenApiDocument, OpenApiOperation, OpenApiOptions } from './types.js';

/** The defaults of {@link OpenApiOptions}. */
export const DEFAULT_OPENAPI_OPTIONS = {
  info: { title: 'API', version: '1.0.0' },
  servers: [],
} as const satisfies Required<OpenApiOptions>;

/**
 * The OpenAPI 3.1 document of the `@Http` routes of `controllers`, read from their decorators
 * alone: no controller is built. Each controller is a tag; routes keep its prefix.
 *
 * @example
 * ```ts
 * const document = buildOpenApiDocument([Orders], { info: { title: 'Orders', version: '1.0.0' } });
 * ```
 */
export function buildOpenApiDocument(
  controllers: readonly ClassType[],
  options: OpenApiOptions = {},
): OpenApiDocument {
  const dtos = new DtoSchemas();
  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  const tags: { name: string }[] = [];
  const operationIds = new Set<string>();
  for (const controller of controllers) {
    const routes = httpRoutesOf(controller);
    if (routes.length === 0) continue;
    tags.push({ name: controller.name });
    const prefix = controllerOf(controller)?.prefix ?? '';
    for (const route of routes) {
      const { path, operations } = routeOperations(controller, prefix, route, dtos);
      const item = paths[path] ?? {};
      paths[path] = item;
      for (const [method, operation] of Object.entries(operations)) {
        item[method] = { ...operation, operationId: unique(operation.operationId, operationIds) };
      }
    }
  }
  const servers = options.servers ?? DEFAULT_OPENAPI_OPTIONS.servers;
  return {
    openapi: '3.1.0',
    info: options.info ?? DEFAULT_OPENAPI_OPTIONS.info,
    ...(servers.length > 0 ? { servers } : {}),
    tags,
    paths,
    components: { schemas: { ...PROBLEM_SCHEMAS, ...dtos.components() }, responses: PROBLEM_RESPONSES },
  };
}

/** `id`, or `id_2`, `id_3`… when a method carries several `@Http` routes. */
function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}_${n}`;
  taken.add(candidate);
  return candidate;
}
