/**
 * The first lines of every bundle: they give the bundled CommonJS dependencies a `require` inside
 * the ES module. The script start (`script-start.ts`) puts its own `require` in their place.
 */
export const REQUIRE_BANNER =
  "import { createRequire as __lambdakitCreateRequire } from 'node:module';\n" +
  'const require = __lambdakitCreateRequire(import.meta.url);';
