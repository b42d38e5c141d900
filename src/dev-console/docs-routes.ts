import type { ServerResponse } from 'node:http';
import type { Emulator, EmulatorRoute } from '../emulator/index.js';
import type { DevDocument } from './dev-document.js';
import { pageDir, sendFile, swaggerUiDir } from './page-files.js';
import { DEV_PATHS } from './paths.js';
import { get, originOf, problem, redirect } from './route-helpers.js';

/** The swagger-ui-dist files the docs page loads. */
const SWAGGER_FILES = new Set([
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'favicon-32x32.png',
]);

/**
 * The OpenAPI document at `/_lambdakit/openapi.json` (and `/openapi.json` when `rootDocument`),
 * with `servers[0]` the address the browser used, and Swagger UI at `/_lambdakit/docs`, from the
 * installed swagger-ui-dist: "Try it out" calls the function through dev's HTTP front.
 */
export function docsRoutes(
  emulator: () => Emulator,
  document: DevDocument,
  rootDocument: boolean,
): EmulatorRoute[] {
  const page = pageDir();
  const swagger = swaggerUiDir();
  const serveDocument: EmulatorRoute['handler'] = async (req, res) => {
    const state = await document.current();
    if (!state.ok) return problem(res, 404, state.reason);
    const servers = [{ url: originOf(req, emulator().url), description: 'lambdakit dev' }];
    sendDocument(res, { ...state.document, servers });
  };
  return [
    get(DEV_PATHS.document, serveDocument),
    ...(rootDocument ? [get(DEV_PATHS.rootDocument, serveDocument)] : []),
    get(DEV_PATHS.docs, (_req, res) => sendFile(res, page, 'docs.html')),
    get(`${DEV_PATHS.docs}/`, (_req, res) => redirect(res, DEV_PATHS.docs)),
    get(`${DEV_PATHS.docs}/{file}`, (_req, res, { file = '' }) =>
      SWAGGER_FILES.has(file) ? sendFile(res, swagger, file) : problem(res, 404, `no such file: ${file}`),
    ),
  ];
}

function sendDocument(res: ServerResponse, document: object): void {
  const body = Buffer.from(JSON.stringify(document, null, 2));
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  res.end(body);
}
