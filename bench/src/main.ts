import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { againstReport, withTwins } from './against.js';
import { chartSvg } from './chart.js';
import type { LoopPlan } from './closed-loop-api.js';
import { CONTENDERS, type Contender, prepareAll } from './contenders.js';
import { type HandlerTiming, handlerReport, measureHandler } from './handler-only.js';
import { type ColdStart, measureColdStart, measureRun, type RunFigures, type RunSetup } from './measure.js';
import { type BenchOptions, parseOptions, USAGE } from './options.js';
import { FIXTURE_DIR, OUT_DIR } from './paths.js';
import { pinCpus, useNode } from './process.js';
import { profileReport, profilingArgs, readProfile } from './profile.js';
import { type BenchReport, machine, markdownReport, summarize } from './report.js';

/** Runs the benchmark the command line asks for and prints its report. */
export async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options.pin) pinCpus('0', '1');
  useNode(options.node, options.nodeArgs);
  if (options.help) {
    console.log(
      `${USAGE}\n\nContenders:\n${CONTENDERS.map((c) => `  ${c.name.padEnd(16)} ${c.about}`).join('\n')}`,
    );
    return;
  }
  if (options.chartFrom) {
    return writeChart(JSON.parse(readFileSync(options.chartFrom, 'utf8')) as BenchReport, options.chart);
  }
  const chosen = choose(options);
  // twins run in the closed loop only: a profile or a handler timing compares nothing
  const looped = options.against !== undefined && !options.profile && !options.handlerOnly;
  const contenders = looped ? withTwins(chosen, options.against!) : chosen;
  const event = readEvent(options.event);
  if (options.handlerOnly) return handlerOnly(contenders, event, options);
  const base: LoopPlan = {
    warmup: options.warmup,
    measured: options.invocations,
    concurrency: options.concurrency,
    event,
    sameTraceId: options.sameTraceId,
  };
  // a contender that names its own event (an HTTP route, an event class) is served that one
  const plans = new Map(
    contenders.map((c) => [c.name, c.event ? { ...base, event: c.event.load() } : base] as const),
  );
  const planOf = (setup: RunSetup) => plans.get(setup.name)!;
  progress(`building ${contenders.map((c) => c.name).join(', ')}`);
  const launches = await prepareAll(contenders);
  const setups = contenders.map((contender) => setupOf(contender, launches, options));
  if (options.profile) {
    const setup = setups.find((s) => s.name === options.profile)!;
    return profile(setup, planOf(setup));
  }

  const cold = new Map<string, ColdStart[]>(setups.map((setup) => [setup.name, []]));
  for (let i = 0; i < options.coldStarts; i += 1) {
    for (const setup of rotate(setups, i)) {
      const sequential = { ...setup, env: {} };
      cold.get(setup.name)!.push(await measureColdStart(sequential, planOf(setup).event));
    }
  }
  progress(
    `cold starts: ${[...cold].map(([name, starts]) => `${name} ${starts.map(({ ms }) => ms.toFixed(0)).join(',')}`).join('; ')}`,
  );

  const rounds = new Map<string, RunFigures[]>(setups.map((setup) => [setup.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    // the leak check rides on each contender's last round: it serves on after the measured part
    const serveUntil = round === options.rounds - 1 && options.leak > 0 ? options.leak : undefined;
    for (const setup of rotate(setups, round)) {
      const figures = await measureRun(setup, { ...planOf(setup), serveUntil });
      rounds.get(setup.name)!.push(figures);
      progress(`round ${round + 1} ${setup.name}: ${describeRun(figures)}`);
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(options.node),
    command: ['node bench/run.mjs', ...argv].join(' '),
    settings: {
      invocations: options.invocations,
      warmup: options.warmup,
      rounds: options.rounds,
      coldStarts: options.coldStarts,
      concurrency: options.concurrency,
      delayMs: options.delayMs,
      event: options.event,
      eventBytes: event.length,
      leak: options.leak,
      sameTraceId: options.sameTraceId,
    },
    baseline: CONTENDERS[0]!.name,
    results: setups.map((setup, i) => {
      const own = contenders[i]!.event;
      const served = planOf(setup).event;
      // reported only when it differs from the --event one (the controllers' is that one by default)
      const ownEvent = own && !served.equals(event) ? { name: own.name, bytes: served.length } : undefined;
      return summarize(setup.name, rounds.get(setup.name)!, cold.get(setup.name)!, ownEvent);
    }),
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeChart(report, options.chart);
  console.log(options.json ? JSON.stringify(report, null, 2) : markdownReport(report));
  if (options.against && !options.json) console.log(`\n${againstReport(report, options.against)}`);
}

/** Draws `report` as an SVG chart into `file` (default bench/dist/chart.svg). */
function writeChart(report: BenchReport, file = join(OUT_DIR, 'chart.svg')): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, chartSvg(report));
  progress(`chart: ${file}`);
}

/** One round's figures for the progress line. */
function describeRun(figures: RunFigures): string {
  const rate = `${figures.invocationsPerSecond.toFixed(0)} inv/s`;
  if (!figures.leak) return rate;
  const { fromInvocations, fromRssMb, invocations, rssMb } = figures.leak;
  return `${rate}; RSS ${fromRssMb.toFixed(1)} MB at ${fromInvocations}, ${rssMb.toFixed(1)} MB at ${invocations}`;
}

/** `--event`: a file that exists (absolute or from the working directory), else a fixture name. */
function readEvent(name: string): Buffer {
  const path = existsSync(resolve(name)) ? resolve(name) : join(FIXTURE_DIR, name);
  return readFileSync(path);
}

/** The baseline plus the contenders `--only` names (all when it is absent). */
function choose(options: BenchOptions): Contender[] {
  const wanted = new Set([CONTENDERS[0]!.name, ...(options.only ?? CONTENDERS.map((c) => c.name))]);
  if (options.profile) wanted.add(options.profile);
  const unknown = [...wanted].filter((name) => !CONTENDERS.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown contender(s) ${unknown.join(', ')}; known: ${CONTENDERS.map((c) => c.name).join(', ')}`,
    );
  }
  if (options.profile) return CONTENDERS.filter((c) => c.name === options.profile);
  return CONTENDERS.filter((c) => wanted.has(c.name));
}

function setupOf(
  contender: Contender,
  launches: Map<string, RunSetup['launch']>,
  options: BenchOptions,
): RunSetup {
  const concurrent = options.concurrency > 1;
  return {
    name: contender.name,
    launch: launches.get(contender.name)!,
    env: {
      // every contender's handler reads it once at load (contenders/delay.ts)
      BENCH_HANDLER_DELAY_MS: String(options.delayMs),
      // Only set when concurrent: the official client switches modes on the variable's mere presence.
      ...(concurrent
        ? {
            AWS_LAMBDA_MAX_CONCURRENCY: String(options.concurrency),
            ...contender.concurrentEnv?.(options.concurrency),
          }
        : {}),
    },
    timeoutMs: options.timeoutSeconds * 1000,
    traceGc: options.gc,
  };
}

async function profile(setup: RunSetup, plan: LoopPlan): Promise<void> {
  const dir = join(OUT_DIR, 'profiles', setup.name);
  const launch = { ...setup.launch, nodeArgs: [...(setup.launch.nodeArgs ?? []), ...profilingArgs(dir)] };
  const figures = await measureRun({ ...setup, launch, gracefulStop: true }, plan);
  progress(`${setup.name} under the profiler: ${figures.invocationsPerSecond.toFixed(0)} inv/s`);
  const report = profileReport(setup.name, readProfile(dir), plan.warmup + plan.measured);
  console.log(`${report}\n\nprofile: ${dir}`);
}

/** `--handler-only`: each contender's handler timed on its event, without the loop. */
async function handlerOnly(
  contenders: readonly Contender[],
  event: Buffer,
  options: BenchOptions,
): Promise<void> {
  const timings: HandlerTiming[] = [];
  for (const contender of contenders) {
    if (!contender.handlerModule) continue;
    progress(`timing the handler of ${contender.name}`);
    const ownEvent = contender.event?.load() ?? event;
    const outdir = join(OUT_DIR, 'handler-only', contender.name);
    const settings = { calls: options.invocations, rounds: options.rounds };
    timings.push(await measureHandler(contender.name, contender.handlerModule, ownEvent, outdir, settings));
  }
  console.log(handlerReport(timings, options.invocations));
}

/** `items` starting at `offset`, so no contender always runs first. */
function rotate<T>(items: readonly T[], offset: number): T[] {
  const at = offset % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
