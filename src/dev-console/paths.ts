/** Where `lambdakit dev` serves its own pages: a user route under it is refused. */
export const DEV_PREFIX = '/_lambdakit';

/** The paths of the dev console, the API docs and the OpenAPI document. */
export const DEV_PATHS = {
  console: `${DEV_PREFIX}/`,
  docs: `${DEV_PREFIX}/docs`,
  document: `${DEV_PREFIX}/openapi.json`,
  /** Served too, unless the app routes this path itself. */
  rootDocument: '/openapi.json',
} as const;
