import { AsyncLocalStorage } from 'node:async_hooks';
import type { LambdaContext } from './context.js';

/** Where the context of the running invocation is kept. */
export interface ContextStore {
  current(): LambdaContext | undefined;
  run<T>(context: LambdaContext, fn: () => T): T;
  /** Called when an invocation is answered. */
  leave(): void;
}

/** One invocation at a time: a plain variable, the cheapest store. */
function sequentialStore(): ContextStore {
  let active: LambdaContext | undefined;
  return {
    current: () => active,
    run(context, fn) {
      active = context;
      return fn();
    },
    leave() {
      active = undefined;
    },
  };
}

/** Several invocations at once (Managed Instances): AsyncLocalStorage keeps them apart. */
function concurrentStore(): ContextStore {
  const storage = new AsyncLocalStorage<LambdaContext>();
  return { current: () => storage.getStore(), run: (context, fn) => storage.run(context, fn), leave() {} };
}

let store: ContextStore = sequentialStore();

/** Chooses the store for the process; the runtime calls it once before the first invocation. */
export function useContextStore(concurrent: boolean): ContextStore {
  store = concurrent ? concurrentStore() : sequentialStore();
  return store;
}

/**
 * The context of the invocation this code runs in, from anywhere in the call tree; undefined
 * outside an invocation.
 *
 * @example
 * ```ts
 * const requestId = currentContext()?.awsRequestId;
 * ```
 */
export function currentContext(): LambdaContext | undefined {
  return store.current();
}
