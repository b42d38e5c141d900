/**
 * `--delay MS`: how long every contender's handler awaits a real timer before answering, from
 * `BENCH_HANDLER_DELAY_MS` (set by the driver), read once at load. At 0 (the default) a handler
 * awaits nothing extra: it only tests this constant, so the sequential figures do not move.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Milliseconds a handler awaits before answering; 0 is none. */
export const DELAY_MS = Math.max(0, Number(process.env.BENCH_HANDLER_DELAY_MS ?? 0) || 0);

/** Resolves after `DELAY_MS` (call it only when `DELAY_MS` > 0). */
export function pause(): Promise<void> {
  return sleep(DELAY_MS);
}

/** `value` after `DELAY_MS`, for a handler that returns rather than awaits (only when `DELAY_MS` > 0). */
export function later<T>(value: T): Promise<T> {
  return sleep(DELAY_MS, value);
}
