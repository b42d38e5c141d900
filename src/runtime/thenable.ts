/**
 * True for a promise or any object with a `then` method, as `await` would treat it (the test
 * class-validator uses for constraint results too).
 *
 * @example
 * ```ts
 * const value = resolve();
 * const settled = isThenable(value) ? await value : value;
 * ```
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}
