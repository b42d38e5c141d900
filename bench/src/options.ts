import { parseArgs } from 'node:util';
import { DEFAULT_EVENT } from './events.js';
import { LEAK_FROM } from './leak.js';

/** What one benchmark run does. */
export interface BenchOptions {
  /** Measured invocations per contender per round. @default 20000 */
  readonly invocations: number;
  /** Invocations served first and discarded, per process. @default 2000 */
  readonly warmup: number;
  /** Rounds; contenders are interleaved and each keeps its median round. @default 3 */
  readonly rounds: number;
  /** Fresh spawns per contender for the cold-start median. @default 10 */
  readonly coldStarts: number;
  /** Invocations open at once (`AWS_LAMBDA_MAX_CONCURRENCY`); 1 is classic Lambda. @default 1 */
  readonly concurrency: number;
  /**
   * Milliseconds every contender's handler awaits (a real timer) before answering, passed as
   * `BENCH_HANDLER_DELAY_MS`; with concurrency > 1 it models a handler waiting on I/O. Closed-loop
   * runs only (not `--handler-only`). @default 0
   */
  readonly delayMs: number;
  /** Contender names to run; the baseline always runs. @default every contender */
  readonly only: readonly string[] | undefined;
  /** Fixture file the event is read from. @default 'apigw-v2-request-no-authorizer.json' */
  readonly event: string;
  /** Print JSON instead of the markdown table. @default false */
  readonly json: boolean;
  /**
   * Pin the driver (and so the mock Runtime API) to CPU 0 and every contender to CPU 1 with
   * `taskset`, so the two do not compete for one core. @default false
   */
  readonly pin: boolean;
  /** Instead of the loop, call each contender's handler in a process of its own and time it. */
  readonly handlerOnly: boolean;
  /** Instead of benchmarking, CPU-profile this contender for one run and print where time goes. */
  readonly profile: string | undefined;
  /** The Node.js binary contenders run on (Lambda runs 22 and 24). @default the one running the bench */
  readonly node: string;
  /** Options every contender's node gets before its script (`--liftoff-only`, …). @default none */
  readonly nodeArgs: readonly string[];
  /** A run that takes longer fails, in seconds. @default 120 */
  readonly timeoutSeconds: number;
  /**
   * The leak check: each contender's last round keeps serving until this many invocations, and its
   * RSS is read after `LEAK_FROM` and at the end. 0 is off. @default 0
   */
  readonly leak: number;
  /**
   * A git ref: every lambdakit contender chosen also runs as built from that commit
   * (`<name>@<ref>`), in the same interleaved rounds, and the report adds each one's per-round
   * ratio to its twin: a change measured against the code before it in one run.
   */
  readonly against: string | undefined;
  /** Serve every invocation the same trace id (see `LoopPlan.sameTraceId`). @default false */
  readonly sameTraceId: boolean;
  /** Report V8's collections during each measured part (gc-trace.ts). @default false */
  readonly gc: boolean;
  /** Where the SVG chart of the run goes. @default bench/dist/chart.svg */
  readonly chart: string | undefined;
  /** Instead of benchmarking, draw the chart of this saved JSON report. */
  readonly chartFrom: string | undefined;
  readonly help: boolean;
}

export const USAGE = `Usage: node bench/run.mjs [options]
  --invocations N   measured invocations per contender per round (default 20000)
  --warmup N        discarded invocations before measuring, per process (default 2000)
  --rounds N        interleaved rounds; the median round is kept (default 3)
  --cold N          spawns per contender for the cold-start median (default 10)
  --concurrency N   invocations open at once, AWS_LAMBDA_MAX_CONCURRENCY (default 1)
  --delay MS        every handler awaits MS ms (a timer) before answering (default 0)
  --only a,b        run only these contenders (the baseline always runs)
  --event FILE      fixture the event comes from (default apigw-v2-request-no-authorizer.json)
  --json            machine-readable output
  --pin             mock Runtime API on CPU 0, contenders on CPU 1 (taskset), for steadier figures
  --profile NAME    CPU-profile one run of NAME and print the hottest functions
  --handler-only    time each contender's handler in-process, without the loop (--invocations calls a round)
  --node PATH       run the contenders on this Node.js binary (default: the one running the bench)
  --node-args="A B" give every contender's node these options (e.g. "--liftoff-only")
  --timeout S       fail a run that takes longer than S seconds (default 120)
  --leak N          each contender's last round serves on until N invocations; report RSS at ${LEAK_FROM} and N
  --same-trace-id   every invocation carries the same trace id (the leak check without glibc's setenv growth)
  --gc              report V8's collections in the measured part: pauses, scavenges, bytes promoted
  --against REF     also run each lambdakit contender built from git ref REF, and compare round by round
  --chart FILE      write the run's SVG chart here (default bench/dist/chart.svg)
  --chart-from JSON draw the chart of a saved report (bench/dist/report.json) instead of running`;

/** Reads the command line; bounds every count so a run stays finite. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      invocations: { type: 'string', short: 'n' },
      warmup: { type: 'string' },
      rounds: { type: 'string', short: 'r' },
      cold: { type: 'string' },
      concurrency: { type: 'string', short: 'c' },
      delay: { type: 'string' },
      only: { type: 'string' },
      event: { type: 'string' },
      json: { type: 'boolean' },
      pin: { type: 'boolean' },
      profile: { type: 'string' },
      'handler-only': { type: 'boolean' },
      node: { type: 'string' },
      'node-args': { type: 'string' },
      timeout: { type: 'string' },
      leak: { type: 'string' },
      against: { type: 'string' },
      'same-trace-id': { type: 'boolean' },
      gc: { type: 'boolean' },
      chart: { type: 'string' },
      'chart-from': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    invocations: count('invocations', values.invocations, 20_000, 1, 1_000_000),
    warmup: count('warmup', values.warmup, 2_000, 0, 1_000_000),
    rounds: count('rounds', values.rounds, 3, 1, 20),
    coldStarts: count('cold', values.cold, 10, 0, 100),
    concurrency: count('concurrency', values.concurrency, 1, 1, 64),
    delayMs: count('delay', values.delay, 0, 0, 10_000),
    only: values.only?.split(',').map((name) => name.trim()),
    event: values.event ?? DEFAULT_EVENT,
    json: values.json ?? false,
    pin: values.pin ?? false,
    profile: values.profile,
    handlerOnly: values['handler-only'] ?? false,
    node: values.node ?? process.execPath,
    nodeArgs: values['node-args']?.split(' ').filter((arg) => arg !== '') ?? [],
    timeoutSeconds: count('timeout', values.timeout, 120, 1, 600),
    leak: count('leak', values.leak, 0, LEAK_FROM + 1, 10_000_000),
    against: values.against,
    sameTraceId: values['same-trace-id'] ?? false,
    gc: values.gc ?? false,
    chart: values.chart,
    chartFrom: values['chart-from'],
    help: values.help ?? false,
  };
}

function count(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got ${raw}`);
  }
  return value;
}
