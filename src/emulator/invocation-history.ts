import type { Invocation } from './invocation.js';
import type { HttpRequestLine, InvocationStatus } from './options.js';

/** Longest event or result text a record keeps (a longer one is cut and marked). */
const MAX_TEXT_BYTES = 1_048_576;
/** Most log lines a record keeps. */
const MAX_LINES = 1000;

/** One invocation as the history keeps it: what went in, what came out, and what it printed. */
export interface InvocationRecord {
  readonly requestId: string;
  /** `http` for a request to the HTTP front, `invoke` for the Invoke API. */
  readonly source: 'invoke' | 'http';
  readonly http?: HttpRequestLine;
  /** Epoch ms the invocation was submitted. */
  readonly submittedAt: number;
  /** The event as JSON text, cut at 1 MiB (`eventTruncated`). */
  readonly event: string;
  readonly eventTruncated: boolean;
  /** `running` until it finishes. */
  readonly status: 'running' | InvocationStatus;
  /** True when this invocation started a new environment (it paid the init). */
  readonly cold: boolean;
  readonly durationMs?: number;
  readonly errorType?: string;
  /** The result (or error document) as text, cut at 1 MiB; a streamed result says so. */
  readonly result?: string;
  /** The function's output lines attributed to this invocation (at most 1000). */
  readonly logs: readonly string[];
}

/** What changed: a new invocation, one that finished, or a log line of one. */
export type HistoryChange =
  | { readonly kind: 'added' | 'finished'; readonly record: InvocationRecord }
  | { readonly kind: 'log'; readonly record: InvocationRecord; readonly line: string };

/**
 * The last invocations of an emulator with their events, results and log lines, newest last, as
 * `emulator.history` shows them (the `history` option sets how many are kept).
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ command: ['node', 'index.mjs'], history: 50 });
 * await emulator.invoke({ name: 'World' });
 * const [last] = emulator.history.list().slice(-1);
 * console.log(last?.status, last?.logs);
 * ```
 */
export interface InvocationHistory {
  /** The invocations kept, oldest first. */
  list(): readonly InvocationRecord[];
  get(requestId: string): InvocationRecord | undefined;
  /** Calls `listener` on every change from now on; returns the unsubscribe function. */
  subscribe(listener: (change: HistoryChange) => void): () => void;
  /** Output lines no invocation could be given (init, or several running at once), newest last. */
  environmentLogs(): readonly string[];
}

type MutableRecord = { -readonly [K in keyof InvocationRecord]: InvocationRecord[K] } & { logs: string[] };

/** The emulator's side of {@link InvocationHistory}: it records invocations and output lines. */
export class InvocationRecorder implements InvocationHistory {
  private readonly records = new Map<string, MutableRecord>();
  private readonly listeners = new Set<(change: HistoryChange) => void>();
  private readonly unattributed: string[] = [];

  constructor(private readonly limit: number) {}

  /** True when records are kept at all. */
  get enabled(): boolean {
    return this.limit > 0;
  }

  list(): readonly InvocationRecord[] {
    return [...this.records.values()];
  }

  get(requestId: string): InvocationRecord | undefined {
    return this.records.get(requestId);
  }

  subscribe(listener: (change: HistoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  environmentLogs(): readonly string[] {
    return this.unattributed;
  }

  /** Starts keeping `invocation`; it is updated when it finishes. */
  add(invocation: Invocation): void {
    if (!this.enabled) return;
    const { event, http } = invocation.input;
    const record: MutableRecord = {
      requestId: invocation.id,
      source: http ? 'http' : 'invoke',
      ...(http ? { http } : {}),
      submittedAt: Date.now(),
      ...cut(event),
      status: 'running',
      cold: false,
      logs: [],
    };
    this.records.set(record.requestId, record);
    for (const id of this.records.keys()) {
      if (this.records.size <= this.limit) break;
      this.records.delete(id);
    }
    this.emit({ kind: 'added', record });
    void this.finish(invocation, record);
  }

  /**
   * Gives an output line of the function to its invocation: the request id of lambdakit's (and
   * Lambda's) log formats, else the only invocation running, else the environment's lines.
   */
  log(line: string, running: readonly Invocation[]): void {
    if (!this.enabled) return;
    const id = requestIdOf(line) ?? (running.length === 1 ? running[0]?.id : undefined);
    const record = id === undefined ? undefined : this.records.get(id);
    if (!record) {
      this.unattributed.push(line);
      if (this.unattributed.length > MAX_LINES) this.unattributed.shift();
      return;
    }
    if (record.logs.length >= MAX_LINES) return;
    record.logs.push(line);
    this.emit({ kind: 'log', record, line });
  }

  private async finish(invocation: Invocation, record: MutableRecord): Promise<void> {
    const outcome = await invocation.outcome;
    const report = await invocation.finished;
    record.status = report.status;
    record.cold = invocation.cold;
    record.durationMs = report.durationMs;
    if (report.errorType) record.errorType = report.errorType;
    record.result =
      outcome.kind === 'buffered'
        ? cut(outcome.body).event
        : `(a streamed ${outcome.contentType} response of ${invocation.producedBytes} bytes)`;
    this.emit({ kind: 'finished', record });
  }

  private emit(change: HistoryChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

const TEXT_REQUEST_ID = /^\S+\t([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\t/;
const JSON_REQUEST_ID = /"requestId":"([0-9a-f-]{36})"/;

function requestIdOf(line: string): string | undefined {
  return (TEXT_REQUEST_ID.exec(line) ?? JSON_REQUEST_ID.exec(line))?.[1];
}

function cut(bytes: Buffer): { event: string; eventTruncated: boolean } {
  const truncated = bytes.length > MAX_TEXT_BYTES;
  return {
    event: (truncated ? bytes.subarray(0, MAX_TEXT_BYTES) : bytes).toString('utf8'),
    eventTruncated: truncated,
  };
}
