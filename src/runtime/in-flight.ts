/**
 * The invocations this process is running, so that each is answered exactly once: by its own
 * handler, or by the fatal-error path when the process must exit under it.
 */
export class InFlight {
  readonly #open = new Set<string>();

  begin(requestId: string): void {
    this.#open.add(requestId);
  }

  /** True the first time for an open invocation: the caller then owns its answer. */
  claim(requestId: string): boolean {
    return this.#open.delete(requestId);
  }

  /** Claims every open invocation at once. */
  claimAll(): string[] {
    const ids = [...this.#open];
    this.#open.clear();
    return ids;
  }
}
