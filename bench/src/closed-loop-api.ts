import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

const NEXT = '/2018-06-01/runtime/invocation/next';
const INVOCATION = '/2018-06-01/runtime/invocation/';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:bench';
const ACCEPTED = '{"status":"OK"}';

/** What one closed-loop run serves. */
export interface LoopPlan {
  /** Invocations served first and not measured. */
  readonly warmup: number;
  /** Invocations measured after the warm-up; 0 serves nothing (a cold-start probe). */
  readonly measured: number;
  /** Invocations handed out and not yet answered at most (1 = sequential). */
  readonly concurrency: number;
  /** The event body every invocation carries. */
  readonly event: Buffer;
  /**
   * Keep serving after the measured part until this many invocations have been answered in all (the
   * leak check); the run's figures still end with the measured part. @default warmup + measured
   */
  readonly serveUntil?: number;
  /**
   * Every invocation carries the same trace id instead of one of its own. A runtime that copies it
   * to `_X_AMZN_TRACE_ID` then stops growing: glibc's `setenv` keeps every distinct value it was
   * given (bench/README.md, leak check). @default false
   */
  readonly sameTraceId?: boolean;
}

/** The measured part of a run, times from `performance.now()` in ms. */
export interface LoopResult {
  /** Handing out → response received, per measured invocation, in µs (unsorted). */
  readonly latenciesUs: Float64Array;
  /**
   * Sequential runs only (else empty): a measured response answered → the next `/next` received,
   * in µs. With the latency it splits the runtime's cycle into its two halves.
   */
  readonly gapsUs: Float64Array;
  /** When the first measured event was handed out. */
  readonly startedAt: number;
  /** When the last measured response was received. */
  readonly endedAt: number;
  /** Invocations answered on `/error` instead of `/response` (a broken contender). */
  readonly errors: number;
  /** The body the runtime posted for the last invocation, to check it answered as it should. */
  readonly lastResponse: Buffer;
}

/**
 * A Runtime API on 127.0.0.1 built for speed: it hands the next event to a parked `/next` as soon
 * as fewer than `concurrency` invocations are open, so the runtime under test sets the pace.
 */
export class ClosedLoopApi {
  /** `performance.now()` when the first `/next` arrived. */
  readonly firstPoll: Promise<number>;
  /** `performance.now()` when the first measured event was handed out (never, when none is). */
  readonly measuring: Promise<number>;
  readonly done: Promise<LoopResult>;
  readonly #plan: LoopPlan;
  /** Invocations the figures cover: warm-up + measured. */
  readonly #total: number;
  /** Invocations served in all: `#total`, or more for the leak check. */
  readonly #served: number;
  /** `answered(count)` waiters by count. */
  readonly #waiters = new Map<number, () => void>();
  readonly #server: Server;
  readonly #parked: ServerResponse[] = [];
  readonly #open = new Map<string, { index: number; at: number }>();
  readonly #latencies: Float64Array;
  readonly #gaps: Float64Array;
  #gapCount = 0;
  #answeredAt = 0;
  readonly #tracePrefix = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-`;
  #handed = 0;
  #answered = 0;
  #errors = 0;
  #startedAt = 0;
  #polled = false;
  #lastResponse = Buffer.alloc(0);
  #onFirstPoll!: (at: number) => void;
  #onMeasuring!: (at: number) => void;
  #onDone!: (result: LoopResult) => void;

  private constructor(plan: LoopPlan) {
    this.#plan = plan;
    this.#total = plan.warmup + plan.measured;
    this.#served = Math.max(this.#total, plan.serveUntil ?? 0);
    this.#latencies = new Float64Array(plan.measured);
    this.#gaps = new Float64Array(plan.concurrency === 1 ? plan.measured : 0);
    this.#server = createServer({ keepAliveTimeout: 600_000, requestTimeout: 0 }, (req, res) =>
      this.#route(req, res),
    );
    this.firstPoll = new Promise((resolve) => {
      this.#onFirstPoll = resolve;
    });
    this.measuring = new Promise((resolve) => {
      this.#onMeasuring = resolve;
    });
    this.done = new Promise((resolve) => {
      this.#onDone = resolve;
    });
  }

  static async start(plan: LoopPlan): Promise<ClosedLoopApi> {
    const api = new ClosedLoopApi(plan);
    await new Promise<void>((resolve) => api.#server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** Resolves once `count` invocations have been answered (ask before they are). */
  answered(count: number): Promise<void> {
    return new Promise((resolve) => this.#waiters.set(count, resolve));
  }

  /** Invocations answered on `/error` so far. */
  get errors(): number {
    return this.#errors;
  }

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const res of this.#parked.splice(0)) res.destroy();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #route(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'GET' && req.url === NEXT) {
      const now = performance.now();
      if (!this.#polled) {
        this.#polled = true;
        this.#onFirstPoll(now);
      }
      if (this.#answered > this.#plan.warmup && this.#gapCount < this.#gaps.length) {
        this.#gaps[this.#gapCount++] = (now - this.#answeredAt) * 1000;
      }
      this.#parked.push(res);
      this.#pump();
      return;
    }
    // only the last answer is kept (sequentially it is the last invocation's): no copies per invocation
    const chunks: Buffer[] | undefined = this.#answered === this.#total - 1 ? [] : undefined;
    req.on('data', (chunk: Buffer) => chunks?.push(chunk));
    req.on('end', () => {
      if (chunks) this.#lastResponse = Buffer.concat(chunks);
      this.#answer(req.url ?? '', res);
    });
  }

  #pump(): void {
    while (
      this.#parked.length > 0 &&
      this.#open.size < this.#plan.concurrency &&
      this.#handed < this.#served
    ) {
      this.#hand(this.#parked.shift()!, this.#handed++);
    }
  }

  #hand(res: ServerResponse, index: number): void {
    const hex = index.toString(16).padStart(12, '0');
    const requestId = `8f1c3a2e-0b7d-4c61-9e5a-${hex}`;
    res.writeHead(200, {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': requestId,
      'lambda-runtime-deadline-ms': String(Date.now() + 30_000),
      'lambda-runtime-invoked-function-arn': ARN,
      'lambda-runtime-trace-id': `${this.#tracePrefix}5759e988bd862e3f${this.#plan.sameTraceId ? '00000000' : hex.slice(4)};Parent=53995c3f42cd8ad8;Sampled=0`,
    });
    const at = performance.now();
    if (index === this.#plan.warmup) {
      this.#startedAt = at;
      this.#onMeasuring(at);
    }
    this.#open.set(requestId, { index, at });
    res.end(this.#plan.event);
  }

  #answer(url: string, res: ServerResponse): void {
    const now = performance.now();
    const slash = url.lastIndexOf('/');
    const kind = url.slice(slash + 1);
    const open = url.startsWith(INVOCATION) ? this.#open.get(url.slice(INVOCATION.length, slash)) : undefined;
    if (!open || (kind !== 'response' && kind !== 'error')) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"errorType":"InvalidRequestID"}');
      return;
    }
    this.#open.delete(url.slice(INVOCATION.length, slash));
    res.writeHead(202, { 'content-type': 'application/json' }).end(ACCEPTED);
    this.#answeredAt = performance.now();
    if (kind === 'error') this.#errors += 1;
    if (open.index >= this.#plan.warmup && open.index < this.#total)
      this.#latencies[open.index - this.#plan.warmup] = (now - open.at) * 1000;
    this.#answered += 1;
    if (this.#waiters.size > 0) this.#waiters.get(this.#answered)?.();
    if (this.#answered === this.#total && this.#plan.measured > 0) {
      this.#onDone({
        latenciesUs: this.#latencies,
        gapsUs: this.#gaps.subarray(0, this.#gapCount),
        startedAt: this.#startedAt,
        endedAt: now,
        errors: this.#errors,
        lastResponse: this.#lastResponse,
      });
    }
    this.#pump();
  }
}
