/** The helper esbuild's `keepNames` puts at the top of an unminified bundle. */
const ESBUILD_NAME_HELPER =
  'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });';

/** The same helper, leaving a function or class that already has the name as it is. */
const SPARING_NAME_HELPER =
  'var __name = (target, value) => target.name === value ? target : __defProp(target, "name", { value, configurable: true });';

/**
 * Makes a bundle's `keepNames` helper skip functions and classes whose `name` already is the one it
 * is told to keep. esbuild calls it on every named function and class (for a closure, every time the
 * closure is made), though only those it renamed need it; redefining `name` turns the function's
 * properties into a dictionary, about 250 bytes each. Skipped, a controller app's start touches about
 * 200 pages of memory fewer (bench/RESULTS.md, 2026-12-03 19:50). A function whose name already
 * matches keeps a `name` that reads the same, so nothing observable changes; esbuild emits no call
 * for a class that defines a static `name`. A bundle without the helper (no `keepNames`, or
 * minified) is returned as it is.
 *
 * @example
 * ```ts
 * writeFileSync(outfile, sparingNameHelper(readFileSync(outfile, 'utf8')));
 * ```
 */
export function sparingNameHelper(code: string): string {
  const at = code.indexOf(ESBUILD_NAME_HELPER);
  if (at < 0) return code;
  return code.slice(0, at) + SPARING_NAME_HELPER + code.slice(at + ESBUILD_NAME_HELPER.length);
}
