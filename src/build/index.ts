export { type BundleStart, bootstrapSource, writeBootstrap } from './bootstrap.js';
export { type BuildExtensionOptions, buildExtension } from './build-extension.js';
export { type BuildFunctionOptions, buildFunction } from './build-function.js';
export type { BuildStep } from './build-steps.js';
export { BUILD_TARGETS, type BuildTarget, isBuildTarget } from './build-target.js';
export { builtinRequirePlugin } from './builtin-require-plugin.js';
export { BundleError } from './bundle-error.js';
export { type BundleOptions, type BundleResult, bundleFunction } from './bundle-function.js';
export { bundledLazyModulesPlugin } from './bundled-lazy-modules-plugin.js';
export {
  type CodeCache,
  type CodeCacheOptions,
  MANAGED_CODE_CACHE_MAJOR,
  MANAGED_RUNTIME_NODE_OPTIONS,
  writeCodeCache,
} from './code-cache.js';
export { COMPILE_CACHE_DIR, writeCompileCache } from './compile-cache.js';
export { decoratorMetadataPlugin, usesDecorators } from './decorator-metadata-plugin.js';
export {
  DEFERRED_MODULES,
  type DeferredModule,
  deferredModulePlugin,
  HANDLER_MODULE_DEFERRED_MODULES,
} from './deferred-module-plugin.js';
export { EntryError } from './entry-error.js';
export { extensionLauncherSource, writeExtensionLauncher } from './extension-launcher.js';
export {
  CODE_CACHE_FILE,
  COMMONJS_SCOPE_FILE,
  HANDLER_START_FILE,
  SCRIPT_START_FILE,
  type ScriptStartFiles,
  type ScriptStartKind,
  scriptStartFile,
  scriptStartSource,
  writeScriptStart,
} from './script-start.js';
export { SIDE_EFFECT_FREE_PACKAGES, sideEffectFreePlugin } from './side-effect-free-plugin.js';
export { TypeScriptMissingError } from './typescript-missing-error.js';
export { type FunctionWatcher, type RebuildReport, watchFunction } from './watch-function.js';
export { zipFunction } from './zip-function.js';
