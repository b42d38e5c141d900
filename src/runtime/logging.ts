import { format } from 'node:util';
import { LOG_LEVELS, type LogLevel, type RuntimeConfig } from './config.js';
import type { LambdaContext } from './context.js';
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
 * - JSON (`AWS_LAMBDA_LOG_FORMAT=JSON`): one object per line with timestamp, level, requestId
 *   (tenantId when set) and message: a single logged value stays structured, several are
 *   formatted into one string; errorType/errorMessage/stackTrace describe a logged Error.
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
        : (...args: unknown[]) => write(render(level, store.current(), args));
  }
}

function renderText(level: LogLevel, context: LambdaContext | undefined, args: unknown[]): string {
  return `${new Date().toISOString()}\t${context?.awsRequestId ?? 'undefined'}\t${level}\t${format(...args).replace(/\n/g, '\r')}\n`;
}

/**
 * One JSON object per line, as the managed runtime writes it: a single logged value stays
 * structured in `message` (an Error becomes `{errorType, errorMessage, stackTrace}`); several
 * values are formatted into one string, and the first Error among them adds errorType,
 * errorMessage and stackTrace. JSON.stringify escapes every newline, so message content can never
 * split a line.
 */
function renderJson(level: LogLevel, context: LambdaContext | undefined, args: unknown[]): string {
  const entry: Record<string, unknown> = {
    timestamp: new Date().toISOString(),
    level,
    requestId: context?.awsRequestId,
  };
  if (context?.tenantId) entry.tenantId = context.tenantId;
  if (args.length === 1) {
    entry.message = args[0];
    try {
      return `${JSON.stringify(entry, errorAsJson)}\n`;
    } catch {
      entry.message = format(args[0]);
      return `${JSON.stringify(entry)}\n`;
    }
  }
  entry.message = format(...args);
  const error = args.find((arg, i): arg is Error => i > 0 && arg instanceof Error);
  if (error) Object.assign(entry, errorFields(error));
  return `${JSON.stringify(entry)}\n`;
}

function errorAsJson(_key: string, value: unknown): unknown {
  return value instanceof Error ? { ...errorFields(value), ...value } : value;
}

function errorFields(error: Error): Record<string, unknown> {
  return {
    errorType: error.constructor?.name ?? error.name,
    errorMessage: error.message,
    stackTrace: typeof error.stack === 'string' ? error.stack.split('\n') : [],
  };
}

function writeStdout(line: string): void {
  process.stdout.write(line);
}
