export { CodeDeployLifecycleHookEvent, isCodeDeployLifecycleHookEvent } from './lifecycle-hook-event.js';
