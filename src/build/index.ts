export { BOOTSTRAP_SOURCE, writeBootstrap } from './bootstrap.js';
export { type BundleOptions, type BundleResult, bundleFunction } from './bundle-function.js';
export { SIDE_EFFECT_FREE_PACKAGES, sideEffectFreePlugin } from './side-effect-free-plugin.js';
