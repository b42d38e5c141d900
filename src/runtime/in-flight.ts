import type { Settle } from './context.js';

/**
 * The invocations this process is running, so that each is answered exactly once: by its own
 * handler, or by the process-level paths (a fatal error, an event loop that ran empty).
 */
export class InFlight {
  readonly #open = new Map<string, Settle>();

  begin(requestId: string, settle: Settle): void {
    this.#open.set(requestId, settle);
  }

  /** True the first time for an open invocation: the caller then owns its answer. */
  claim(requestId: string): boolean {
    return this.#open.delete(requestId);
  }

  /** Claims every open invocation at once. */
  claimAll(): string[] {
    const ids = [...this.#open.keys()];
    this.#open.clear();
    return ids;
  }

  /** Settles every open invocation with `error`; they are then answered the usual way. */
  failAll(error: unknown): number {
    for (const settle of this.#open.values()) settle({ ok: false, error });
    return this.#open.size;
  }
}
