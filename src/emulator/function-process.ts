import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { FunctionOutput } from './options.js';

/** How the process ended. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** What the function process is started with. */
export interface FunctionProcessOptions {
  readonly command: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly output: FunctionOutput;
  /** Sees every output line (for telemetry) before it goes to `output`; the streams are then piped. */
  readonly tap?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** One spawned function process: its output wiring, its exit, and killing it. */
export class FunctionProcess {
  /** Set once the emulator decided to replace this process; it gets no more invocations. */
  retiring = false;
  readonly exited: Promise<ProcessExit>;
  private readonly child: ChildProcess;
  private hasExited = false;

  constructor(options: FunctionProcessOptions) {
    const [program, ...args] = options.command;
    const { output, tap } = options;
    const stdio: StdioOptions = tap ? ['ignore', 'pipe', 'pipe'] : stdioOf(output);
    // A process group of its own: Ctrl-C in a terminal signals the whole foreground group, and
    // the emulator, not the terminal, decides how its processes stop (SHUTDOWN, then SIGTERM).
    this.child = spawn(program!, args, { cwd: options.cwd, env: options.env, stdio, detached: true });
    this.exited = new Promise((resolve) => {
      const settle = (exit: ProcessExit): void => {
        if (this.hasExited) return;
        this.hasExited = true;
        resolve(exit);
      };
      this.child.once('exit', (code, signal) => settle({ code, signal }));
      this.child.once('error', (error) => {
        process.stderr.write(`lambdakit emulator: cannot start ${program}: ${error.message}\n`);
        settle({ code: 127, signal: null });
      });
    });
    if (tap) wireTappedOutput(this.child, output, tap);
    else wireOutput(this.child, output);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** True once the process exited. */
  get hasEnded(): boolean {
    return this.hasExited;
  }

  /** Kills the process now (SIGKILL, as Lambda does on timeout) and waits for its exit. */
  kill(): Promise<ProcessExit> {
    this.retiring = true;
    if (!this.hasExited) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM, then SIGKILL after `graceMs` if the process is still there; waits for its exit. */
  terminate(graceMs: number): Promise<ProcessExit> {
    this.retiring = true;
    if (this.hasExited) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    return this.exited.finally(() => clearTimeout(timer));
  }

  /** Peak resident memory in MB so far (`VmHWM`), or undefined where /proc cannot tell. */
  async maxMemoryUsedMb(): Promise<number | undefined> {
    if (this.hasExited || this.child.pid === undefined) return undefined;
    try {
      const status = await readFile(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)?.[1];
      return kb === undefined ? undefined : Math.ceil(Number(kb) / 1024);
    } catch {
      return undefined;
    }
  }
}

function stdioOf(output: FunctionOutput): StdioOptions {
  if (output === 'inherit') return ['ignore', 'inherit', 'inherit'];
  if (output === 'ignore') return ['ignore', 'ignore', 'ignore'];
  return ['ignore', 'pipe', 'pipe'];
}

function wireOutput(child: ChildProcess, output: FunctionOutput): void {
  if (output === 'pipe') {
    child.stdout?.pipe(process.stdout, { end: false });
    child.stderr?.pipe(process.stderr, { end: false });
  } else if (typeof output === 'function') {
    forwardLines(child.stdout, (line) => output(line, 'stdout'));
    forwardLines(child.stderr, (line) => output(line, 'stderr'));
  }
}

function wireTappedOutput(
  child: ChildProcess,
  output: FunctionOutput,
  tap: (line: string, stream: 'stdout' | 'stderr') => void,
): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    forwardLines(child[stream], (line) => {
      tap(line, stream);
      if (typeof output === 'function') output(line, stream);
      else if (output !== 'ignore') process[stream].write(`${line}\n`);
    });
  }
}

function forwardLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
}
