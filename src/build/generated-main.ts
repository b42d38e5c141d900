/**
 * The bundle's entry: it loads the user's module through a dynamic import, so an exception thrown
 * while the module evaluates is caught by `startModule` and reported as an init error.
 */
export function generatedMain(entry: string, handler: string | undefined): string {
  const options = handler === undefined ? '{}' : `{ handler: ${JSON.stringify(handler)} }`;
  return [
    "import { startModule } from 'lambdakit';",
    `startModule(() => import(${JSON.stringify(entry)}), ${options});`,
    '',
  ].join('\n');
}
