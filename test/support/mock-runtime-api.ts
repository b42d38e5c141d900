import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How an invocation was answered, as the mock Runtime API saw it. */
export interface Answer {
  readonly kind: 'response' | 'error';
  readonly requestId: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
  readonly trailers: Record<string, string | undefined>;
  /** Every request the runtime made for this invocation (more than one is a protocol bug). */
  readonly answers: number;
  json(): unknown;
}

/** Extra headers and faults for one queued invocation. */
export interface Enqueue {
  readonly headers?: Record<string, string>;
  /** Answer the /response post with this status instead of 202 (413 simulates the payload limit). */
  readonly refuseResponseWith?: number;
  /** A raw body instead of JSON.stringify(event). */
  readonly rawBody?: string;
  readonly deadlineMs?: number;
}

interface Pending {
  readonly requestId: string;
  readonly body: string;
  readonly options: Enqueue;
  readonly resolve: (answer: Answer) => void;
  answers: number;
}

/**
 * A fault-injecting Runtime API on 127.0.0.1 for tests of the loop: it hands out queued events to
 * `/next` long polls and records how each invocation was answered.
 */
export class MockRuntimeApi {
  readonly initErrors: { headers: IncomingMessage['headers']; body: unknown }[] = [];
  readonly userAgents = new Set<string>();
  /** Largest number of invocations handed out and not yet answered at the same time. */
  maxOutstanding = 0;
  readonly #queue: Pending[] = [];
  readonly #polls: ServerResponse[] = [];
  readonly #open = new Map<string, Pending>();
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<MockRuntimeApi> {
    const api: MockRuntimeApi = new MockRuntimeApi(createServer((req, res) => api.#route(req, res)));
    await new Promise<void>((resolve) => api.#server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** Queues an invocation and resolves with its answer. */
  invoke(event: unknown, options: Enqueue = {}): Promise<Answer> {
    return new Promise((resolve) => {
      const body = options.rawBody ?? JSON.stringify(event);
      this.#queue.push({ requestId: randomUUID(), body, options, resolve, answers: 0 });
      this.#hand();
    });
  }

  /** Resolves once `n` long polls are parked (the runtime is idle and waiting). */
  async waitForPolls(n: number, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (this.#polls.length < n) {
      if (Date.now() - start > timeoutMs) throw new Error(`only ${this.#polls.length} of ${n} polls arrived`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const res of this.#polls.splice(0)) res.destroy();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #hand(): void {
    while (this.#queue.length > 0 && this.#polls.length > 0) {
      const next = this.#queue.shift()!;
      const res = this.#polls.shift()!;
      this.#open.set(next.requestId, next);
      this.maxOutstanding = Math.max(this.maxOutstanding, this.#open.size);
      res.writeHead(200, {
        'content-type': 'application/json',
        'lambda-runtime-aws-request-id': next.requestId,
        'lambda-runtime-deadline-ms': String(next.options.deadlineMs ?? Date.now() + 30_000),
        'lambda-runtime-invoked-function-arn': 'arn:aws:lambda:us-east-1:123456789012:function:test',
        'lambda-runtime-trace-id': `Root=1-${Date.now().toString(16).slice(0, 8)}-${next.requestId.replace(/-/g, '').slice(0, 24)};Parent=53995c3f42cd8ad8;Sampled=1`,
        ...next.options.headers,
      });
      res.end(next.body);
    }
  }

  #route(req: IncomingMessage, res: ServerResponse): void {
    this.userAgents.add(req.headers['user-agent'] ?? '');
    const url = req.url ?? '';
    if (req.method === 'GET' && url === '/2018-06-01/runtime/invocation/next') {
      this.#polls.push(res);
      this.#hand();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (url === '/2018-06-01/runtime/init/error') {
        this.initErrors.push({ headers: req.headers, body: JSON.parse(body.toString()) });
        return reply(res, 202, { status: 'OK' });
      }
      const match = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url);
      const pending = match ? this.#open.get(match[1]!) : undefined;
      if (!match || !pending) return reply(res, 400, { errorType: 'InvalidRequestID', errorMessage: url });
      pending.answers += 1;
      const kind = match[2] as Answer['kind'];
      if (kind === 'response' && pending.options.refuseResponseWith && pending.answers === 1) {
        return reply(res, pending.options.refuseResponseWith, {
          errorType: 'RequestEntityTooLarge',
          errorMessage: 'too large',
        });
      }
      this.#open.delete(pending.requestId);
      reply(res, 202, { status: 'OK' });
      pending.resolve({
        kind,
        requestId: pending.requestId,
        headers: req.headers,
        body,
        trailers: req.trailers,
        answers: pending.answers,
        json: () => JSON.parse(body.toString()),
      });
    });
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
