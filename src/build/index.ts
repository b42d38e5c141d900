export { BOOTSTRAP_SOURCE, writeBootstrap } from './bootstrap.js';
export { builtinRequirePlugin } from './builtin-require-plugin.js';
export { BundleError } from './bundle-error.js';
export { type BundleOptions, type BundleResult, bundleFunction } from './bundle-function.js';
export { DEFERRED_MODULES, type DeferredModule, deferredModulePlugin } from './deferred-module-plugin.js';
export { SIDE_EFFECT_FREE_PACKAGES, sideEffectFreePlugin } from './side-effect-free-plugin.js';
export { type FunctionWatcher, type RebuildReport, watchFunction } from './watch-function.js';
