import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './start.js';

const RECORDER = resolve(fileURLToPath(import.meta.url), '..', '..', 'extensions', 'recorder.mjs');

/** One line the recorder extension logged. */
export type LogEntry = Record<string, unknown> & { readonly name: string; readonly step: string };

/** A temporary extensions folder holding copies of the recorder under the given names. */
export interface ExtensionsFolder {
  readonly dir: string;
  /** The file the extensions log to (pass as `EXT_LOG`). */
  readonly logFile: string;
  entries(): LogEntry[];
  /** The entries of one step, in order. */
  steps(step: string, name?: string): LogEntry[];
  /** Lets a `gate` extension call `next`. */
  release(): void;
  cleanup(): void;
}

export function extensionsFolder(names: readonly string[]): ExtensionsFolder {
  const dir = mkdtempSync(join(tmpdir(), 'lambdakit-extensions-'));
  const logDir = mkdtempSync(join(tmpdir(), 'lambdakit-extension-log-'));
  const logFile = join(logDir, 'log.jsonl');
  for (const name of names) {
    copyFileSync(RECORDER, join(dir, name));
    chmodSync(join(dir, name), 0o755);
  }
  const entries = (): LogEntry[] =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((line) => line !== '')
          .flatMap((line) => {
            // The last line may be half written while an extension appends it.
            try {
              const entry = record(JSON.parse(line));
              return [{ ...entry, name: String(entry.name), step: String(entry.step) }];
            } catch {
              return [];
            }
          })
      : [];
  return {
    dir,
    logFile,
    entries,
    steps: (step, name) => entries().filter((entry) => entry.step === step && (!name || entry.name === name)),
    release: () => writeFileSync(`${logFile}.release`, ''),
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}
