import {
  type Emulator,
  type EmulatorOptions,
  type InvocationReport,
  startEmulator,
} from '../../../src/emulator/index.js';
import { functionDir, VERSATILE_FUNCTION } from './functions.js';

/** An emulator running the versatile test function, with what it reported and printed. */
export interface TestEmulator {
  readonly emulator: Emulator;
  readonly reports: InvocationReport[];
  readonly lines: string[];
  close(): Promise<void>;
}

export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
  source: string = VERSATILE_FUNCTION,
): Promise<TestEmulator> {
  const files = functionDir();
  const file = files.write('index.mjs', source);
  const reports: InvocationReport[] = [];
  const lines: string[] = [];
  const emulator = await startEmulator({
    command: [process.execPath, file],
    cwd: files.dir,
    output: (line) => lines.push(line),
    onInvocation: (report) => reports.push(report),
    ...options,
  });
  return {
    emulator,
    reports,
    lines,
    close: async () => {
      await emulator.stop();
      files.cleanup();
    },
  };
}

/** Narrows an unknown JSON value to a record for property checks. */
export function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new TypeError(`not an object: ${String(value)}`);
  return value as Record<string, unknown>;
}

/** Waits until `check` passes or the time is up. */
export async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
