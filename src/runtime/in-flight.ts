import type { Settle } from './context.js';

/** An invocation this process is running, until its answer is claimed. */
export interface OpenInvocation {
  readonly requestId: string;
  readonly settle: Settle;
}

interface Entry extends OpenInvocation {
  open: boolean;
  prev: Entry | undefined;
  next: Entry | undefined;
}

/**
 * The invocations this process is running, so that each is answered exactly once: by its own
 * handler, or by the process-level paths (a fatal error, an event loop that ran empty).
 *
 * They form a linked list whose entries are unlinked when claimed, not a `Map` keyed by request
 * id. A `Map` that entries keep entering and leaving is rehashed into a new table every few dozen
 * invocations, and V8 links each old table to the one that replaced it: once one table had been
 * promoted to the old generation, the young tables after it, with the finished invocations they
 * still referenced, survived scavenges and were promoted in turn. With 64 invocations open, that
 * made every scavenge 4 to 10 times slower (bench/RESULTS.md, 2026-12-03 17:15). For the same
 * reason a claimed entry drops its links.
 */
export class InFlight {
  #head: Entry | undefined;

  /** Opens an invocation; the handle returned is what {@link claim} takes. */
  begin(requestId: string, settle: Settle): OpenInvocation {
    const entry: Entry = { requestId, settle, open: true, prev: undefined, next: this.#head };
    if (this.#head) this.#head.prev = entry;
    this.#head = entry;
    return entry;
  }

  /** True the first time for an open invocation: the caller then owns its answer. */
  claim(invocation: OpenInvocation): boolean {
    const entry = invocation as Entry;
    if (!entry.open) return false;
    entry.open = false;
    if (entry.prev) entry.prev.next = entry.next;
    else this.#head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    entry.prev = undefined;
    entry.next = undefined;
    return true;
  }

  /** Claims every open invocation at once. */
  claimAll(): string[] {
    const ids: string[] = [];
    while (this.#head) {
      ids.push(this.#head.requestId);
      this.claim(this.#head);
    }
    return ids;
  }

  /** Settles every open invocation with `error`; they are then answered the usual way. */
  failAll(error: unknown): void {
    for (let entry = this.#head; entry; entry = entry.next) entry.settle({ ok: false, error });
  }
}
