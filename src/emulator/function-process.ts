import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
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
    this.child = spawn(program!, args, { cwd: options.cwd, env: options.env, stdio: stdio(options.output) });
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
    wireOutput(this.child, options.output);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Kills the process now (SIGKILL, as Lambda does on timeout) and waits for its exit. */
  kill(): Promise<ProcessExit> {
    this.retiring = true;
    if (!this.hasExited) this.child.kill('SIGKILL');
    return this.exited;
  }
}

function stdio(output: FunctionOutput): StdioOptions {
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

function forwardLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
}
