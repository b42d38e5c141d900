import { format } from 'node:util';
import { LOG_LEVELS, type LogLevel, type RuntimeConfig } from './config.js';
import type { ContextStore } from './context-store.js';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const METHOD_LEVELS: Record<ConsoleMethod, LogLevel> = {
  log: 'INFO',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  debug: 'DEBUG',
  trace: 'TRACE',
};

/**
 * Routes `console.*` through Lambda's log format, tagged with the request id of the invocation
 * that logs (per invocation in concurrent mode too):
 * - Text: `timestamp<TAB>requestId<TAB>LEVEL<TAB>message`, newlines folded to `\r` so one call is one
 *   CloudWatch entry, as the official runtime does.
 * - JSON (`AWS_LAMBDA_LOG_FORMAT=JSON`): one object per line with timestamp, level, requestId,
 *   message, and errorType/errorMessage/stackTrace when an Error is logged.
 * Calls below `AWS_LAMBDA_LOG_LEVEL` are dropped.
 */
export function installLogging(config: RuntimeConfig, store: ContextStore, write = writeStdout): void {
  const threshold = LOG_LEVELS.indexOf(config.logLevel);
  const render = config.logFormat === 'JSON' ? renderJson : renderText;
  for (const method of Object.keys(METHOD_LEVELS) as ConsoleMethod[]) {
    const level = METHOD_LEVELS[method];
    console[method] =
      LOG_LEVELS.indexOf(level) < threshold
        ? () => {}
        : (...args: unknown[]) => write(render(level, store.current()?.awsRequestId, args));
  }
}

function renderText(level: LogLevel, requestId: string | undefined, args: unknown[]): string {
  return `${new Date().toISOString()}\t${requestId ?? 'undefined'}\t${level}\t${format(...args).replace(/\n/g, '\r')}\n`;
}

function renderJson(level: LogLevel, requestId: string | undefined, args: unknown[]): string {
  const error = args.find((arg): arg is Error => arg instanceof Error);
  const entry: Record<string, unknown> = {
    timestamp: new Date().toISOString(),
    level,
    requestId,
    message: format(...args),
  };
  if (error) {
    entry.errorType = error.name;
    entry.errorMessage = error.message;
    entry.stackTrace = error.stack?.split('\n') ?? [];
  }
  return `${JSON.stringify(entry)}\n`;
}

function writeStdout(line: string): void {
  process.stdout.write(line);
}
