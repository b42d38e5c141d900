/**
 * lambdakit: the Lambda runtime loop, the class framework (decorators, container, dispatcher) and
 * their errors. Validation (class-validator) and the HTTP router load only when an app needs them.
 */
export * from '../decorators/index.js';
export * from './app/index.js';
export * from './container/index.js';
export { BatchFailedError } from './dispatch/batch-failed-error.js';
export type { Middleware, MiddlewareInvocation } from './dispatch/middleware.js';
export * from './errors/index.js';
export * from './runtime/index.js';
