import type { ClientContext, CognitoIdentity, Context } from 'aws-lambda';
import type { NextInvocation } from '../runtime-api/next-invocation.js';
import type { RuntimeConfig } from './config.js';

/** How long before the deadline `context.signal` aborts, leaving time to report a result. */
const ABORT_MARGIN_MS = 100;

/** Settles an invocation from the legacy `done`/`succeed`/`fail` methods. */
export type Settle = (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;

/**
 * The context of one invocation: the @types/aws-lambda `Context` plus `deadline`, `xrayTraceId`,
 * `tenantId` and an AbortSignal that fires shortly before the deadline.
 *
 * @example
 * ```ts
 * run(async (event, ctx) => fetch(url, { signal: ctx.signal }));
 * ```
 */
export class LambdaContext implements Context {
  callbackWaitsForEmptyEventLoop = true;
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly identity: CognitoIdentity | undefined;
  readonly clientContext: ClientContext | undefined;
  readonly tenantId: string | undefined;
  /** Epoch milliseconds by which the invocation must finish. */
  readonly deadline: number;
  /** The X-Ray trace header of this invocation (`Root=…;Parent=…;Sampled=…`). */
  readonly xrayTraceId: string | undefined;
  #abort: AbortController | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #settle: Settle;

  constructor(invocation: NextInvocation, config: RuntimeConfig, settle: Settle) {
    this.functionName = config.functionName;
    this.functionVersion = config.functionVersion;
    this.memoryLimitInMB = config.memoryLimitInMB;
    this.logGroupName = config.logGroupName;
    this.logStreamName = config.logStreamName;
    this.invokedFunctionArn = invocation.invokedFunctionArn;
    this.awsRequestId = invocation.requestId;
    this.identity = invocation.cognitoIdentity;
    this.clientContext = invocation.clientContext;
    this.tenantId = invocation.tenantId;
    this.deadline = invocation.deadlineMs;
    this.xrayTraceId = invocation.traceId;
    this.#settle = settle;
  }

  getRemainingTimeInMillis(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Aborts {@link ABORT_MARGIN_MS} ms before the deadline. Created on first use (free otherwise). */
  get signal(): AbortSignal {
    if (!this.#abort) {
      const abort = new AbortController();
      this.#abort = abort;
      const fire = () => abort.abort(new Error(`invocation ${this.awsRequestId} is about to time out`));
      this.#timer = setTimeout(fire, Math.max(0, this.getRemainingTimeInMillis() - ABORT_MARGIN_MS));
    }
    return this.#abort.signal;
  }

  /** @deprecated Return or throw from the handler instead. */
  done(error?: Error, result?: unknown): void {
    this.#settle(error ? { ok: false, error } : { ok: true, value: result });
  }

  /** @deprecated Throw from the handler instead. */
  fail(error: Error | string): void {
    this.#settle({ ok: false, error });
  }

  /** @deprecated Return from the handler instead. */
  succeed(value: unknown): void {
    this.#settle({ ok: true, value });
  }

  /** Stops the deadline timer; called by the runtime when the invocation is answered. */
  release(): void {
    if (this.#timer) clearTimeout(this.#timer);
  }
}
