import { randomBytes } from 'node:crypto';

/**
 * A new X-Ray trace header as Lambda passes it in `Lambda-Runtime-Trace-Id`:
 * `Root=1-<8 hex epoch seconds>-<24 hex>;Parent=<16 hex>;Sampled=0`.
 *
 * @example
 * ```ts
 * newTraceId(); // 'Root=1-66a1b2c3-0123456789abcdef01234567;Parent=89abcdef01234567;Sampled=0'
 * ```
 */
export function newTraceId(now: number = Date.now()): string {
  const epoch = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
}

/**
 * The shape {@link newTraceId} produces.
 *
 * @example
 * ```ts
 * expect(headers['lambda-runtime-trace-id']).toMatch(TRACE_ID_PATTERN);
 * ```
 */
export const TRACE_ID_PATTERN = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=[01]$/;
