import type { Settle } from './context.js';

/**
 * The invocations this process is running, so that each is answered exactly once: by its own
 * handler, or by the process-level paths (a fatal error, an event loop that ran empty).
 *
 * They are kept in a null-prototype object, not a `Map`. A `Map` that entries keep entering and
 * leaving is rehashed into a new table every few dozen invocations, and V8 links each old table to
 * the one that replaced it. Once one table has been promoted to the old generation, the young tables
 * after it, with the finished invocations they still reference, survive scavenges and are promoted
 * in turn. With 64 invocations open, that made every scavenge 4 to 10 times slower (bench/RESULTS.md,
 * 2026-12-03 17:30).
 */
export class InFlight {
  #open: Record<string, Settle> = Object.create(null);

  begin(requestId: string, settle: Settle): void {
    this.#open[requestId] = settle;
  }

  /** True the first time for an open invocation: the caller then owns its answer. */
  claim(requestId: string): boolean {
    if (this.#open[requestId] === undefined) return false;
    delete this.#open[requestId];
    return true;
  }

  /** Claims every open invocation at once. */
  claimAll(): string[] {
    const ids = Object.keys(this.#open);
    this.#open = Object.create(null);
    return ids;
  }

  /** Settles every open invocation with `error`; they are then answered the usual way. */
  failAll(error: unknown): void {
    for (const settle of Object.values(this.#open)) settle({ ok: false, error });
  }
}
