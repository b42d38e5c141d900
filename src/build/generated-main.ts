/**
 * The bundle's entry for the custom runtime: it loads the user's module through a dynamic import,
 * so an exception thrown while the module evaluates is caught by `startModule` and reported as an
 * init error.
 */
export function generatedMain(entry: string, handler: string | undefined): string {
  const options = handler === undefined ? '{}' : `{ handler: ${JSON.stringify(handler)} }`;
  return [
    "import { startModule } from 'lambdakit';",
    `startModule(() => import(${JSON.stringify(entry)}), ${options});`,
    '',
  ].join('\n');
}

/**
 * The bundle's entry for the managed Node.js runtimes: a module whose `handler` export is the
 * user's export `name` (dotted for a nested one, `handlers.orders`), so `_HANDLER=index.handler`.
 * The managed runtime runs the loop and reports what the module throws while it loads.
 */
export function generatedHandlerModule(entry: string, name: string): string {
  const path = name
    .split('.')
    .map((key) => `[${JSON.stringify(key)}]`)
    .join('');
  return [`import * as fn from ${JSON.stringify(entry)};`, `export const handler = fn${path};`, ''].join(
    '\n',
  );
}

/**
 * The bundle's entry for an external extension: it runs the module's `@Extension` class (export
 * `exportName`, else `extension`, else `default`) registered as `name`, its file name in
 * `/opt/extensions`.
 */
export function generatedExtensionMain(entry: string, name: string, exportName: string | undefined): string {
  const options = JSON.stringify(exportName === undefined ? { name } : { name, exportName });
  return [
    "import { startExtensionModule } from 'lambdakit/extension';",
    `startExtensionModule(() => import(${JSON.stringify(entry)}), ${options});`,
    '',
  ].join('\n');
}
