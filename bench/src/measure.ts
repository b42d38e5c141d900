import { performance } from 'node:perf_hooks';
import { ClosedLoopApi, type LoopPlan } from './closed-loop-api.js';
import { type GcFigures, GcTrace, gcTraceEnv } from './gc-trace.js';
import { type LeakFigures, watchRss } from './leak.js';
import { cpuMs, type Launch, rssMb, startContestant, type Usage, usageOf } from './process.js';
import { percentile } from './stats.js';

/** The figures of one closed-loop run of one contender. */
export interface RunFigures {
  readonly invocationsPerSecond: number;
  readonly p50Us: number;
  readonly p99Us: number;
  /** Median time from answering a response to the next `/next` (sequential runs; NaN otherwise). */
  readonly gapP50Us: number;
  /** Resident set size at the end of the run. */
  readonly rssMb: number;
  /** The contender's CPU time (user + system, all threads) per invocation, start-up excluded. */
  readonly cpuUsPerInvocation: number;
  /**
   * The contender's CPU time (all threads) over the measured part, per second of it: the cores it
   * kept busy (NaN where /proc is missing).
   */
  readonly cores: number;
  /** The same for its main thread alone: 1 is a JavaScript thread that never waited. */
  readonly mainThreadCores: number;
  /** The system (kernel) part of `cpuUsPerInvocation`. */
  readonly systemUsPerInvocation: number;
  /** Context switches of the contender's main thread per invocation. */
  readonly contextSwitchesPerInvocation: number;
  /**
   * Minor page faults of the contender over the measured part, per invocation: memory touched for
   * the first time as its heap grows (each about 15 µs in a microVM; see `coldStartFaults`).
   */
  readonly faultsPerInvocation: number;
  /** The benchmark's own CPU time (the mock Runtime API) per invocation. */
  readonly apiCpuUsPerInvocation: number;
  /** Spawn → first `/next` of this run's process. */
  readonly coldStartMs: number;
  /** RSS along the run when its plan had it serve on (`serveUntil`, the leak check). */
  readonly leak?: LeakFigures;
  /** V8's collections during the measured part (`--gc`). */
  readonly gc?: GcFigures;
}

/** How a contender is run: its launch plus the environment for the chosen concurrency. */
export interface RunSetup {
  readonly name: string;
  readonly launch: Launch;
  readonly env: Record<string, string>;
  readonly timeoutMs: number;
  /** End the process with SIGTERM rather than SIGKILL (profiling). @default false */
  readonly gracefulStop?: boolean;
  /** Trace V8's collections in measured runs (`--gc`; cold-start spawns never are). @default false */
  readonly traceGc?: boolean;
}

/**
 * Spawns the contender fresh, serves it `plan` in a closed loop, and reads its figures. With
 * `plan.serveUntil` it then keeps serving until then and adds the leak check's RSS readings.
 */
export async function measureRun(setup: RunSetup, plan: LoopPlan): Promise<RunFigures> {
  const api = await ClosedLoopApi.start(plan);
  const trace = setup.traceGc ? new GcTrace() : undefined;
  const env = trace ? { ...setup.env, ...gcTraceEnv() } : setup.env;
  const spawnedAt = performance.now();
  const contestant = startContestant(setup.launch, api.address, env);
  contestant.child.stdout?.on('data', (chunk: Buffer) => trace?.write(chunk));
  const pid = contestant.child.pid ?? 0;
  const leak = plan.serveUntil ? watchRss(api, pid, plan.serveUntil) : undefined;
  let usageAtStart: Usage = { userMs: 0, systemMs: 0, contextSwitches: 0, minorFaults: 0 };
  let apiCpuAtStart = process.cpuUsage();
  void api.firstPoll.then(() => {
    // usage from the first /next on: every invocation served (warm-up included), not the start-up
    usageAtStart = usageOf(pid);
    apiCpuAtStart = process.cpuUsage();
  });
  // and from the first measured event on, for the cores it keeps busy (taskset execs node in place,
  // so `pid` is also the id of node's main thread)
  let measuredFrom = { all: Number.NaN, main: Number.NaN, faults: Number.NaN };
  void api.measuring.then(() => {
    const usage = usageOf(pid);
    measuredFrom = { all: cpuMs(usage), main: cpuMs(usageOf(pid, pid)), faults: usage.minorFaults };
  });
  try {
    const result = await within(setup, contestant.exited, api.done, () => contestant.output());
    const usage = usageOf(pid);
    const mainUsage = usageOf(pid, pid);
    const apiCpu = process.cpuUsage(apiCpuAtStart);
    const rss = rssMb(pid);
    if (result.errors > 0) throw new Error(`${setup.name} answered ${result.errors} invocations with /error`);
    checkAnswer(setup.name, result.lastResponse);
    const sorted = result.latenciesUs.slice().sort();
    const seconds = (result.endedAt - result.startedAt) / 1000;
    const total = plan.warmup + plan.measured;
    const figures: RunFigures = {
      invocationsPerSecond: plan.measured / seconds,
      p50Us: percentile(sorted, 50),
      p99Us: percentile(sorted, 99),
      gapP50Us: percentile(result.gapsUs.slice().sort(), 50),
      rssMb: rss,
      cpuUsPerInvocation:
        ((usage.userMs + usage.systemMs - usageAtStart.userMs - usageAtStart.systemMs) * 1000) / total,
      cores: (cpuMs(usage) - measuredFrom.all) / 1000 / seconds,
      mainThreadCores: (cpuMs(mainUsage) - measuredFrom.main) / 1000 / seconds,
      systemUsPerInvocation: ((usage.systemMs - usageAtStart.systemMs) * 1000) / total,
      contextSwitchesPerInvocation: (usage.contextSwitches - usageAtStart.contextSwitches) / total,
      faultsPerInvocation: (usage.minorFaults - measuredFrom.faults) / plan.measured,
      apiCpuUsPerInvocation: (apiCpu.user + apiCpu.system) / total,
      coldStartMs: (await api.firstPoll) - spawnedAt,
      gc: trace?.figures(result.startedAt - spawnedAt, result.endedAt - spawnedAt, plan.measured),
    };
    if (!leak) return figures;
    const readings = await within(setup, contestant.exited, leak, () => contestant.output());
    if (api.errors > 0) throw new Error(`${setup.name} answered ${api.errors} invocations with /error`);
    return { ...figures, leak: readings };
  } finally {
    await contestant.stop(setup.gracefulStop);
    await api.close();
  }
}

/** An HTTP result with a 4xx/5xx status is a broken contender too (a failed route is not an /error). */
function checkAnswer(name: string, body: Buffer): void {
  let answer: unknown;
  try {
    answer = JSON.parse(body.toString('utf8'));
  } catch {
    return; // not JSON: nothing to check
  }
  if (typeof answer !== 'object' || answer === null || !('statusCode' in answer)) return;
  const { statusCode } = answer;
  if (typeof statusCode === 'number' && statusCode >= 400) {
    throw new Error(`${name} answered HTTP ${statusCode}: ${body.toString('utf8').slice(0, 500)}`);
  }
}

/** One cold start: the time from spawn to the first `/next`, and the page faults the process had by then. */
export interface ColdStart {
  readonly ms: number;
  /** Minor page faults of the contender when its first `/next` arrived (NaN without /proc). */
  readonly faults: number;
}

/** Spawns the contender until its first `/next`: how long that took and how much memory it touched. */
export async function measureColdStart(setup: RunSetup, event: Buffer): Promise<ColdStart> {
  const api = await ClosedLoopApi.start({ warmup: 0, measured: 0, concurrency: 1, event });
  const spawnedAt = performance.now();
  const contestant = startContestant(setup.launch, api.address, setup.env);
  try {
    const polledAt = await within(setup, contestant.exited, api.firstPoll, () => contestant.output());
    // The contender waits for its event now: its faults stay as they are while they are read.
    const faults =
      contestant.child.pid === undefined ? Number.NaN : usageOf(contestant.child.pid).minorFaults;
    return { ms: polledAt - spawnedAt, faults };
  } finally {
    await contestant.stop();
    await api.close();
  }
}

/** `work`, unless the contender exits first or the run outlives its time limit. */
async function within<T>(
  setup: RunSetup,
  exited: Promise<number | null>,
  work: Promise<T>,
  output: () => string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${setup.name} did not finish within ${setup.timeoutMs} ms:\n${output()}`)),
      setup.timeoutMs,
    );
  });
  const died = exited.then((code): never => {
    throw new Error(`${setup.name} exited (${code}) before the run ended:\n${output()}`);
  });
  try {
    return await Promise.race([work, died, limit]);
  } finally {
    clearTimeout(timer);
  }
}
