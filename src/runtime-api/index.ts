export type { ErrorPayload } from './error-payload.js';
export type { NextInvocation } from './next-invocation.js';
export type { PostOutcome } from './post-outcome.js';
export { RuntimeApiClient } from './runtime-api-client.js';
export { RuntimeApiError } from './runtime-api-error.js';
export type { StreamOptions } from './stream-request.js';
