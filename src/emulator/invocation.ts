import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { HEADER } from './constants.js';
import type { ErrorDocument } from './error-payloads.js';
import type { HttpRequestLine, InvocationReport, InvocationStatus } from './options.js';
import { newTraceId } from './trace-id.js';

/** What an invoker hands to the function. */
export interface InvocationInput {
  /** The event, as the bytes the function will read from `/next`. */
  readonly event: Buffer;
  /** Client context as JSON text (`Lambda-Runtime-Client-Context`). */
  readonly clientContext?: string;
  /** Cognito identity as JSON text (`Lambda-Runtime-Cognito-Identity`). */
  readonly cognitoIdentity?: string;
  /** Tenant id (`Lambda-Runtime-Aws-Tenant-Id`). */
  readonly tenantId?: string;
  /** The HTTP request the event was built from (HTTP front only), for the report. */
  readonly http?: HttpRequestLine;
}

/** The result as the invoker receives it: a whole payload, or a stream of chunks and trailers. */
export type InvocationOutcome =
  | {
      readonly kind: 'buffered';
      readonly body: Buffer;
      readonly contentType: string;
      /** `Unhandled` when the body is an error document. */
      readonly functionError?: 'Unhandled';
    }
  | {
      readonly kind: 'stream';
      readonly contentType: string;
      readonly body: Readable;
      /** Resolves when the stream ends: the error trailers, empty on success. */
      readonly trailers: Promise<Record<string, string>>;
    };

type State = 'queued' | 'running' | 'streaming' | 'done';

/**
 * One invocation from submission to its single result. Every transition method returns false when
 * the invocation already has a result, which is how "exactly one result" is kept.
 */
export class Invocation {
  readonly id = randomUUID();
  readonly traceId = newTraceId();
  /** Epoch ms deadline, set when the function takes the invocation. */
  deadlineMs = 0;
  readonly outcome: Promise<InvocationOutcome>;
  readonly finished: Promise<InvocationReport>;

  /** Epoch ms the function took the invocation (0 while queued). */
  startedEpochMs = 0;
  /** `performance.now()` when the function took it, and when its answer began (telemetry spans). */
  startedAt: number | undefined;
  answeredAt: number | undefined;
  /** Bytes of the answer so far. */
  producedBytes = 0;
  /** Set when the function took it as the first invocation of a new environment. */
  cold = false;

  private state: State = 'queued';
  private readonly submittedAt = performance.now();
  private stream: PassThrough | undefined;
  private resolveOutcome!: (outcome: InvocationOutcome) => void;
  private resolveFinished!: (report: InvocationReport) => void;
  private resolveTrailers: ((trailers: Record<string, string>) => void) | undefined;

  constructor(readonly input: InvocationInput) {
    this.outcome = new Promise((resolve) => {
      this.resolveOutcome = resolve;
    });
    this.finished = new Promise((resolve) => {
      this.resolveFinished = resolve;
    });
  }

  get isQueued(): boolean {
    return this.state === 'queued';
  }
  get isRunning(): boolean {
    return this.state === 'running';
  }
  get isStreaming(): boolean {
    return this.state === 'streaming';
  }
  /** True once the function (or the emulator) chose the result, even if a stream is still open. */
  get isAnswered(): boolean {
    return this.state === 'streaming' || this.state === 'done';
  }
  get isDone(): boolean {
    return this.state === 'done';
  }

  /** Hands the invocation to the function. */
  start(deadlineMs: number): void {
    if (this.state !== 'queued') return;
    this.state = 'running';
    this.deadlineMs = deadlineMs;
    this.startedAt = performance.now();
    this.startedEpochMs = Date.now();
  }

  succeed(body: Buffer, contentType: string): boolean {
    if (this.isAnswered) return false;
    this.answeredAt = performance.now();
    this.producedBytes = body.length;
    this.resolveOutcome({ kind: 'buffered', body, contentType });
    this.finish('success');
    return true;
  }

  /** Fails the invocation; a stream already started ends with the error as trailers. */
  fail(error: ErrorDocument, status: Exclude<InvocationStatus, 'success'>): boolean {
    if (this.state === 'done') return false;
    if (this.state === 'streaming') {
      this.closeStream(errorTrailers(error), status, error.errorType);
      return true;
    }
    this.answeredAt = performance.now();
    this.resolveOutcome({
      kind: 'buffered',
      body: error.body,
      contentType: 'application/json',
      functionError: 'Unhandled',
    });
    this.finish(status, error.errorType);
    return true;
  }

  /** Starts a streamed result; false when the invocation already has one. */
  beginStream(contentType: string): boolean {
    if (this.isAnswered) return false;
    this.answeredAt = performance.now();
    this.state = 'streaming';
    this.stream = new PassThrough();
    const trailers = new Promise<Record<string, string>>((resolve) => {
      this.resolveTrailers = resolve;
    });
    this.resolveOutcome({ kind: 'stream', contentType, body: this.stream, trailers });
    return true;
  }

  /** Passes one chunk on; false asks the writer to wait for `drain` (see {@link onDrain}). */
  writeChunk(chunk: Buffer): boolean {
    if (this.state !== 'streaming' || !this.stream) return true;
    this.producedBytes += chunk.length;
    return this.stream.write(chunk);
  }

  onDrain(listener: () => void): void {
    this.stream?.once('drain', listener);
  }

  /** Ends a stream; error trailers from the function make it a failed invocation. */
  endStream(trailers: Record<string, string>): boolean {
    if (this.state !== 'streaming') return false;
    const errorType = trailers[HEADER.errorType];
    this.closeStream(trailers, errorType ? 'error' : 'success', errorType);
    return true;
  }

  private closeStream(trailers: Record<string, string>, status: InvocationStatus, errorType?: string): void {
    this.resolveTrailers?.(trailers);
    this.stream?.end();
    this.finish(status, errorType);
  }

  private finish(status: InvocationStatus, errorType?: string): void {
    this.state = 'done';
    const from = this.startedAt ?? this.submittedAt;
    const durationMs = Math.round((performance.now() - from) * 100) / 100;
    const { http } = this.input;
    this.resolveFinished({
      requestId: this.id,
      durationMs,
      status,
      ...(errorType ? { errorType } : {}),
      ...(http ? { http } : {}),
    });
  }
}

function errorTrailers(error: ErrorDocument): Record<string, string> {
  return { [HEADER.errorType]: error.errorType, [HEADER.errorBody]: error.body.toString('base64') };
}
