import type { Invocation } from './invocation.js';

/** A runtime's pending `GET /next`. */
export interface Poll {
  /** Sends the invocation as the poll's response. */
  deliver(invocation: Invocation): void;
  /** Drops the poll (its process is gone). */
  close(): void;
  /** False once the poll's connection closed. */
  isOpen(): boolean;
}

/** What {@link InvocationQueue.lookup} finds for a request id. */
export type Lookup =
  | { readonly found: 'active'; readonly invocation: Invocation }
  | { readonly found: 'done' | 'unknown' };

const REMEMBERED_IDS = 256;

/**
 * Pairs queued invocations with waiting polls, first come first served, and knows which request
 * ids are in flight. It does not decide when to dispatch: `canDispatch` and `onDispatch` do.
 */
export class InvocationQueue {
  private readonly queued: Invocation[] = [];
  private readonly polls: Poll[] = [];
  private readonly active = new Map<string, Invocation>();
  private readonly recentlyDone = new Set<string>();

  constructor(
    private readonly canDispatch: () => boolean,
    private readonly onDispatch: (invocation: Invocation) => void,
  ) {}

  push(invocation: Invocation): void {
    this.queued.push(invocation);
    void invocation.finished.then(() => this.forget(invocation));
    this.pump();
  }

  /** Registers a poll; the returned function withdraws it (the socket closed). */
  addPoll(poll: Poll): () => void {
    this.polls.push(poll);
    this.pump();
    return () => {
      const index = this.polls.indexOf(poll);
      if (index >= 0) this.polls.splice(index, 1);
    };
  }

  /** Dispatches as many queued invocations as there are waiting polls. */
  pump(): void {
    while (this.polls.length > 0 && this.canDispatch()) {
      const invocation = this.queued.find((candidate) => candidate.isQueued);
      if (!invocation) return;
      const poll = this.polls.shift()!;
      if (!poll.isOpen()) continue;
      this.queued.splice(this.queued.indexOf(invocation), 1);
      this.active.set(invocation.id, invocation);
      this.onDispatch(invocation);
      poll.deliver(invocation);
    }
  }

  lookup(requestId: string): Lookup {
    const invocation = this.active.get(requestId);
    if (invocation && !invocation.isDone) return { found: 'active', invocation };
    return { found: this.recentlyDone.has(requestId) ? 'done' : 'unknown' };
  }

  /** Invocations handed to the function and not finished. */
  running(): Invocation[] {
    return [...this.active.values()].filter((invocation) => !invocation.isDone);
  }

  /** Invocations still waiting for a poll. */
  waiting(): Invocation[] {
    return this.queued.filter((invocation) => invocation.isQueued);
  }

  /** True while a poll waits. */
  hasPolls(): boolean {
    return this.polls.length > 0;
  }

  /** Closes every waiting poll (their process exited or is being replaced). */
  dropPolls(): void {
    for (const poll of this.polls.splice(0)) poll.close();
  }

  private forget(invocation: Invocation): void {
    const index = this.queued.indexOf(invocation);
    if (index >= 0) this.queued.splice(index, 1);
    this.active.delete(invocation.id);
    this.recentlyDone.add(invocation.id);
    if (this.recentlyDone.size > REMEMBERED_IDS) {
      const oldest = this.recentlyDone.values().next().value;
      if (oldest !== undefined) this.recentlyDone.delete(oldest);
    }
  }
}
