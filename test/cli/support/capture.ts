import type { CliIo } from '../../../src/cli/index.js';

/** Captures what a command prints; `functionLines` holds the function's own output under `dev`. */
export function captureIo(cwd: string, signal: AbortSignal = new AbortController().signal) {
  const out: string[] = [];
  const err: string[] = [];
  const functionLines: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd,
    signal,
    functionOutput: (line) => functionLines.push(line),
  };
  return { io, out, err, functionLines };
}

/** Polls `find` until it returns a value; rejects after `timeoutMs`. */
export async function waitFor<T>(find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
