// The modules lambdakit loads on first use, one loader each, so that a process that never needs one
// never loads it: class-validator alone takes ~110 ms to load unbundled. A function bundle holds
// them all already, and lambdakit's bundler makes each loader here a static import
// (src/build/bundled-lazy-modules-plugin.ts). Every loader keeps the one-line shape below.

export const loadTransformAndValidate = () => import('./dispatch/transform-and-validate.js');
export const loadInstancePlan = () => import('./dispatch/instance-plan.js');
export const loadHttpHandler = () => import('./http/handler.js');
export const loadDetectSource = () => import('./http/detect-source.js');
export const loadBufferedStream = () => import('./http/encoders/buffered-stream.js');
export const loadInternalExtensions = () => import('./extension/internal-extensions.js');
export const loadExtensionsApiClient = () => import('./runtime-api/extensions-api-client.js');
