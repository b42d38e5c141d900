/**
 * The bundle's entry for the custom runtime: `lambdakit/prelude` first (it arms the init guard, so an
 * exception the user's module throws while it evaluates is reported as an init error, and formats
 * `console` for what the module logs meanwhile), then the user's module, imported statically so the
 * bundle evaluates it as top-level code that V8 compiles with the file and the compile cache holds,
 * then `startModule` around it.
 */
export function generatedMain(entry: string, handler: string | undefined): string {
  const options = handler === undefined ? '{}' : `{ handler: ${JSON.stringify(handler)} }`;
  return [
    "import 'lambdakit/prelude';",
    `import * as fn from ${JSON.stringify(entry)};`,
    "import { startModule } from 'lambdakit';",
    `startModule(async () => fn, ${options});`,
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
