import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

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

/** A fault on one request: an HTTP status (with a JSON error body) or a reset connection. */
export type Fault = number | 'reset';

/** Extra headers and faults for one queued invocation. */
export interface Enqueue {
  readonly headers?: Record<string, string>;
  /** `Lambda-Runtime-*` headers to leave out (e.g. `lambda-runtime-aws-request-id`). */
  readonly omitHeaders?: readonly string[];
  /** Hand out this request id (to repeat one) instead of a fresh UUID. */
  readonly requestId?: string;
  /** Answer the /response post with this status instead of 202 (413 simulates the payload limit). */
  readonly refuseResponseWith?: number;
  /** Reset the connection of the first /response post instead of answering it. */
  readonly resetResponse?: boolean;
  /** Wait this long before answering the /response or /error post. */
  readonly answerDelayMs?: number;
  /** Wait this long before handing the invocation to a parked `/next`. */
  readonly handDelayMs?: number;
  /** A raw body instead of JSON.stringify(event). */
  readonly rawBody?: string;
  readonly deadlineMs?: number;
}

/** How the mock behaves for its whole life. */
export interface MockRuntimeApiOptions {
  /**
   * Close each connection that answered an invocation once the runtime reuses it for `/next`, as
   * an API that dropped the idle keep-alive connection in the meantime would.
   * @default false
   */
  readonly dropIdleConnections?: boolean;
  /**
   * Largest buffered /response body accepted; a larger one gets 413, as on Lambda.
   * @default 6291456 (6 MB)
   */
  readonly maxResponseBytes?: number;
}

interface Pending {
  readonly requestId: string;
  readonly body: string;
  readonly options: Enqueue;
  readonly resolve: (answer: Answer) => void;
  answers: number;
}

const RESPONSE_LIMIT = 6 * 1024 * 1024;

/**
 * A fault-injecting Runtime API on 127.0.0.1 for tests of the loop: it hands out queued events to
 * `/next` long polls and records how each invocation was answered. Its Extensions API does what
 * AWS's Runtime Interface Emulator does: registrations, INVOKE to the extensions that asked for it;
 * and like it, it has no Telemetry API (404).
 */
export class MockRuntimeApi {
  readonly initErrors: { headers: IncomingMessage['headers']; body: unknown }[] = [];
  /** Extensions registered (`Lambda-Extension-Name` and the body with their events). */
  readonly extensionRegistrations: { name: string; body: unknown }[] = [];
  readonly userAgents = new Set<string>();
  /** Largest number of invocations handed out and not yet answered at the same time. */
  maxOutstanding = 0;
  /** Every `/next` request received, faulted ones included. */
  nextRequests = 0;
  /** Posts for a request id the mock does not know or has already closed. */
  unknownAnswers = 0;
  /** Request ids in the order they were handed out. */
  readonly handed: string[] = [];
  readonly #queue: Pending[] = [];
  readonly #polls: ServerResponse[] = [];
  readonly #pollFaults: Fault[] = [];
  readonly #open = new Map<string, Pending>();
  /** The events each registered extension asked for, by its identifier. */
  readonly #extensionEvents = new Map<string, readonly string[]>();
  /** Extensions' parked `event/next` polls that an INVOKE answers. */
  readonly #invokePolls: ServerResponse[] = [];
  readonly #answerCounts = new Map<string, number>();
  readonly #answeredOn = new WeakSet<Socket>();
  readonly #options: MockRuntimeApiOptions;
  readonly #server: Server;

  private constructor(server: Server, options: MockRuntimeApiOptions) {
    this.#server = server;
    this.#options = options;
  }

  static async start(options: MockRuntimeApiOptions = {}): Promise<MockRuntimeApi> {
    const api: MockRuntimeApi = new MockRuntimeApi(
      createServer((req, res) => api.#route(req, res)),
      options,
    );
    await new Promise<void>((resolve) => api.#server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** `host:port`, the value of AWS_LAMBDA_RUNTIME_API. */
  get address(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** Invocations handed out and not answered yet. */
  get outstanding(): number {
    return this.#open.size;
  }

  /** Queues an invocation and resolves with its answer. */
  invoke(event: unknown, options: Enqueue = {}): Promise<Answer> {
    return new Promise((resolve) => {
      const body = options.rawBody ?? JSON.stringify(event);
      const requestId = options.requestId ?? randomUUID();
      this.#queue.push({ requestId, body, options, resolve, answers: 0 });
      this.#hand();
    });
  }

  /** How many /response and /error posts the runtime made for `requestId` (accepted or not). */
  answersFor(requestId: string): number {
    return this.#answerCounts.get(requestId) ?? 0;
  }

  /** The next `count` `/next` requests get `fault` instead of an invocation. */
  failPolls(fault: Fault, count = 1): void {
    for (let i = 0; i < count; i++) this.#pollFaults.push(fault);
  }

  /** Resolves once `n` long polls are parked (the runtime is idle and waiting). */
  async waitForPolls(n: number, timeoutMs = 30_000): Promise<void> {
    await this.waitFor(() => this.#polls.length >= n, `${n} parked polls`, timeoutMs);
  }

  /** Resolves once `condition` holds, checking every few milliseconds; rejects after `timeoutMs`. */
  async waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const start = Date.now();
    while (!condition()) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const res of [...this.#polls.splice(0), ...this.#invokePolls.splice(0)]) res.destroy();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #hand(): void {
    while (this.#queue.length > 0 && this.#polls.length > 0) {
      const next = this.#queue.shift()!;
      const res = this.#polls.shift()!;
      this.#open.set(next.requestId, next);
      this.handed.push(next.requestId);
      this.maxOutstanding = Math.max(this.maxOutstanding, this.#open.size);
      const { handDelayMs } = next.options;
      if (handDelayMs) setTimeout(() => this.#send(next, res), handDelayMs);
      else this.#send(next, res);
    }
  }

  #send(next: Pending, res: ServerResponse): void {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': next.requestId,
      'lambda-runtime-deadline-ms': String(next.options.deadlineMs ?? Date.now() + 30_000),
      'lambda-runtime-invoked-function-arn': 'arn:aws:lambda:us-east-1:123456789012:function:test',
      'lambda-runtime-trace-id': `Root=1-${Date.now().toString(16).slice(0, 8)}-${next.requestId.replace(/-/g, '').slice(0, 24)};Parent=53995c3f42cd8ad8;Sampled=1`,
      ...next.options.headers,
    };
    for (const name of next.options.omitHeaders ?? []) delete headers[name];
    res.writeHead(200, headers);
    res.end(next.body);
    const invoke = JSON.stringify({
      eventType: 'INVOKE',
      deadlineMs: Number(headers['lambda-runtime-deadline-ms']),
      requestId: next.requestId,
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      tracing: { type: 'X-Amzn-Trace-Id', value: headers['lambda-runtime-trace-id'] },
    });
    for (const poll of this.#invokePolls.splice(0)) {
      poll.writeHead(200, { 'content-type': 'application/json' });
      poll.end(invoke);
    }
  }

  #route(req: IncomingMessage, res: ServerResponse): void {
    this.userAgents.add(req.headers['user-agent'] ?? '');
    const url = req.url ?? '';
    if (req.method === 'GET' && url === '/2018-06-01/runtime/invocation/next') {
      this.#poll(req, res);
      return;
    }
    // Extensions API: event/next is parked; an extension registered for INVOKE gets the next one.
    if (req.method === 'GET' && url === '/2020-01-01/extension/event/next') {
      const events = this.#extensionEvents.get(String(req.headers['lambda-extension-identifier']));
      if (events?.includes('INVOKE')) this.#invokePolls.push(res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (url === '/2020-01-01/extension/register') {
        const id = `extension-${this.extensionRegistrations.length + 1}`;
        const registration: unknown = JSON.parse(body.toString());
        this.extensionRegistrations.push({
          name: String(req.headers['lambda-extension-name']),
          body: registration,
        });
        const events = (registration as { events?: unknown }).events;
        this.#extensionEvents.set(id, Array.isArray(events) ? events.map(String) : []);
        res.setHeader('lambda-extension-identifier', id);
        return reply(res, 200, {
          functionName: 'test',
          functionVersion: '$LATEST',
          handler: 'index.handler',
        });
      }
      if (url === '/2018-06-01/runtime/init/error') {
        this.initErrors.push({ headers: req.headers, body: JSON.parse(body.toString()) });
        return reply(res, 202, { status: 'OK' });
      }
      const match = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url);
      if (!match) return reply(res, 404, { errorType: 'NotFound', errorMessage: `no such API: ${url}` });
      const pending = this.#open.get(match[1]!);
      if (!pending) {
        this.unknownAnswers += 1;
        reply(res, 400, { errorType: 'InvalidRequestID', errorMessage: url });
        return;
      }
      const delay = pending.options.answerDelayMs;
      if (delay) setTimeout(() => this.#answer(req, res, pending, match[2] as Answer['kind'], body), delay);
      else this.#answer(req, res, pending, match[2] as Answer['kind'], body);
    });
  }

  #poll(req: IncomingMessage, res: ServerResponse): void {
    this.nextRequests += 1;
    if (this.#options.dropIdleConnections && this.#answeredOn.has(req.socket)) {
      req.socket.destroy();
      return;
    }
    const fault = this.#pollFaults.shift();
    if (fault === 'reset') req.socket.destroy();
    else if (fault !== undefined) reply(res, fault, { errorType: 'ServiceError', errorMessage: 'injected' });
    else {
      this.#polls.push(res);
      this.#hand();
    }
  }

  /** How the first /response post of `pending` is refused, if it is. */
  #refusal(
    req: IncomingMessage,
    pending: Pending,
    body: Buffer,
  ): 'reset' | { status: number; body: unknown } | undefined {
    const limit = this.#options.maxResponseBytes ?? RESPONSE_LIMIT;
    const { refuseResponseWith, resetResponse } = pending.options;
    if (resetResponse) return 'reset';
    if (refuseResponseWith === 413) return { status: 413, body: tooLarge(limit) };
    if (refuseResponseWith) {
      return { status: refuseResponseWith, body: { errorType: 'InjectedRefusal', errorMessage: 'refused' } };
    }
    const streamed = req.headers['lambda-runtime-function-response-mode'] === 'streaming';
    if (!streamed && body.length > limit) return { status: 413, body: tooLarge(limit) };
    return undefined;
  }

  #answer(
    req: IncomingMessage,
    res: ServerResponse,
    pending: Pending,
    kind: Answer['kind'],
    body: Buffer,
  ): void {
    pending.answers += 1;
    this.#answerCounts.set(pending.requestId, (this.#answerCounts.get(pending.requestId) ?? 0) + 1);
    if (kind === 'response' && pending.answers === 1) {
      const refusal = this.#refusal(req, pending, body);
      if (refusal === 'reset') req.socket.destroy();
      else if (refusal) reply(res, refusal.status, refusal.body);
      if (refusal) return;
    }
    this.#open.delete(pending.requestId);
    this.#answeredOn.add(req.socket);
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
  }
}

function tooLarge(limit: number) {
  return {
    errorType: 'RequestEntityTooLarge',
    errorMessage: `Exceeded maximum allowed payload size (${limit} bytes).`,
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
