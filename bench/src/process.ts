import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How to start a contender: `node [nodeArgs] script` with extra environment. */
export interface Launch {
  readonly script: string;
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** A contender's process and the tail of what it printed. */
export interface Contestant {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
  /** Kills the process; `graceful` sends SIGTERM first and waits up to 5 s (to let it write a profile). */
  stop(graceful?: boolean): Promise<void>;
}

const OUTPUT_LIMIT = 16_384;
let contenderCpus: string | undefined;
let nodeBinary = process.execPath;
let nodeOptions: readonly string[] = [];

/** Runs every contender started afterwards on this Node.js binary, with these options first. */
export function useNode(binary: string, options: readonly string[]): void {
  nodeBinary = binary;
  nodeOptions = options;
}

/** The Node.js binary contenders run on. */
export function contenderNode(): string {
  return nodeBinary;
}

/**
 * Pins this process (the driver and its mock Runtime API) to `driver` and every contender started
 * afterwards to `contenders`, both `taskset` CPU lists.
 */
export function pinCpus(driver: string, contenders: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', driver, String(process.pid)], { stdio: 'ignore' });
  contenderCpus = contenders;
}

/** The command that runs `node args…` as a contender: on the chosen binary, pinned when pinning. */
export function contenderCommand(args: readonly string[]): [string, string[]] {
  const all = [...nodeOptions, ...args];
  // taskset execs node in place, so the child's pid (for RSS and CPU) stays the contender's.
  return contenderCpus ? ['taskset', ['-c', contenderCpus, nodeBinary, ...all]] : [nodeBinary, all];
}

/** Starts a contender against `runtimeApi` with the Lambda environment a function sees. */
export function startContestant(
  launch: Launch,
  runtimeApi: string,
  extraEnv: Record<string, string>,
): Contestant {
  const [command, commandArgs] = contenderCommand([...(launch.nodeArgs ?? []), launch.script]);
  const child = spawn(command, commandArgs, {
    cwd: launch.cwd,
    env: {
      PATH: process.env.PATH,
      AWS_LAMBDA_RUNTIME_API: runtimeApi,
      AWS_LAMBDA_FUNCTION_NAME: 'bench',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/bench',
      AWS_LAMBDA_LOG_STREAM_NAME: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      ...launch.env,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async stop(graceful = false) {
      const running = () => child.exitCode === null && child.signalCode === null;
      if (graceful && running()) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      if (running()) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Resident set size of a process in MB (Linux /proc, else `ps`). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (kb) return Number(kb[1]) / 1024;
  } catch {
    // no /proc here: ask ps below
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

let ticksPerSecond: number | undefined;

/** What a process has used so far: CPU time in ms and context switches (NaN where /proc is missing). */
export interface Usage {
  readonly userMs: number;
  readonly systemMs: number;
  readonly contextSwitches: number;
  /**
   * Minor page faults: pages of memory touched for the first time. Each costs about 15 µs in a
   * Firecracker microVM (this machine, as Lambda), so at start-up they are a load-independent measure
   * of what a start costs (bench/RESULTS.md, 2026-12-03 19:45).
   */
  readonly minorFaults: number;
}

/** Reads a process's CPU time and context switches from /proc; with `thread`, that thread's only. */
export function usageOf(pid: number, thread?: number): Usage {
  const dir = thread === undefined ? `/proc/${pid}` : `/proc/${pid}/task/${thread}`;
  try {
    const stat = readFileSync(`${dir}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= clockTicks();
    const status = readFileSync(`${dir}/status`, 'utf8');
    const switches = [...status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)/gm)];
    return {
      userMs: (Number(fields[11]) * 1000) / ticksPerSecond,
      systemMs: (Number(fields[12]) * 1000) / ticksPerSecond,
      contextSwitches: switches.reduce((sum, match) => sum + Number(match[1]), 0),
      minorFaults: Number(fields[7]),
    };
  } catch {
    return { userMs: Number.NaN, systemMs: Number.NaN, contextSwitches: Number.NaN, minorFaults: Number.NaN };
  }
}

/** User + system CPU time of a usage, in ms. */
export function cpuMs(usage: Usage): number {
  return usage.userMs + usage.systemMs;
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
