import type { Message } from 'esbuild';

/** True for what esbuild's `build` rejects with when the code has errors: an error with `errors`. */
export function isBuildFailure(error: unknown): error is { errors: Message[] } {
  return typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors);
}
