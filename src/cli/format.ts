import type { InvocationReport } from '../emulator/index.js';

/** `48.9 kB`, `1.2 MB`, `512 B`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** One line per finished invocation, as `dev` prints it; HTTP invocations show method and path. */
export function formatReport(report: InvocationReport): string {
  const status = report.errorType ? `${report.status} (${report.errorType})` : report.status;
  const request = report.http ? `  ${report.http.method} ${report.http.path}` : '';
  return `${report.requestId}${request}  ${status}  ${report.durationMs.toFixed(1)} ms`;
}

/** Quotes a string for a POSIX shell. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
