import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HistoryChange, InvocationHistory, InvocationRecord } from '../emulator/index.js';

/** How often an idle stream gets a comment, so proxies and browsers keep it open. */
const HEARTBEAT_MS = 15_000;

/** What the console's list shows of an invocation: everything but the event, result and logs. */
export function summaryOf(record: InvocationRecord) {
  const { event: _event, result: _result, logs, ...summary } = record;
  return { ...summary, logCount: logs.length };
}

/**
 * Server-Sent Events of the history: every kept invocation at once (`invocation` events), then an
 * `invocation` event per new or finished one and a `log` event per log line, until the client goes.
 */
export function streamHistory(req: IncomingMessage, res: ServerResponse, history: InvocationHistory): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const send = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  res.write('retry: 1000\n\n');
  for (const record of history.list()) send('invocation', summaryOf(record));
  const unsubscribe = history.subscribe((change: HistoryChange) => {
    if (change.kind === 'log') send('log', { requestId: change.record.requestId, line: change.line });
    else send('invocation', summaryOf(change.record));
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  req.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
