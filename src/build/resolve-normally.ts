import type { OnResolveArgs, PluginBuild, ResolveResult } from 'esbuild';

/**
 * Resolves an import as esbuild would without the calling plugin: the plugin's `onResolve` must
 * return undefined for args whose `pluginData` is `skip`, or it would be asked again.
 *
 * @example
 * ```ts
 * const result = await resolveNormally(build, args, SKIP);
 * if (result.errors.length > 0) return { errors: result.errors };
 * ```
 */
export function resolveNormally(
  build: PluginBuild,
  args: OnResolveArgs,
  skip: symbol,
): Promise<ResolveResult> {
  return build.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: skip,
  });
}
