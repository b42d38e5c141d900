import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoopPlan } from './closed-loop-api.js';
import { CONTENDERS, type Contender, prepareAll } from './contenders.js';
import { measureColdStart, measureRun, type RunFigures, type RunSetup } from './measure.js';
import { type BenchOptions, parseOptions, USAGE } from './options.js';
import { FIXTURE_DIR, OUT_DIR } from './paths.js';
import { profileReport, profilingArgs, readProfile } from './profile.js';
import { type BenchReport, machine, markdownReport, summarize } from './report.js';

/** Runs the benchmark the command line asks for and prints its report. */
export async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options.help) {
    console.log(
      `${USAGE}\n\nContenders:\n${CONTENDERS.map((c) => `  ${c.name.padEnd(16)} ${c.about}`).join('\n')}`,
    );
    return;
  }
  const contenders = choose(options);
  const event = readFileSync(join(FIXTURE_DIR, options.event));
  const plan: LoopPlan = {
    warmup: options.warmup,
    measured: options.invocations,
    concurrency: options.concurrency,
    event,
  };
  progress(`building ${contenders.map((c) => c.name).join(', ')}`);
  const launches = await prepareAll(contenders);
  const setups = contenders.map((contender) => setupOf(contender, launches, options));
  if (options.profile) return profile(setups.find((setup) => setup.name === options.profile)!, plan);

  const cold = new Map<string, number[]>(setups.map((setup) => [setup.name, []]));
  for (let i = 0; i < options.coldStarts; i += 1) {
    for (const setup of rotate(setups, i)) {
      const sequential = { ...setup, env: {} };
      cold.get(setup.name)!.push(await measureColdStart(sequential, event));
    }
  }
  progress(
    `cold starts: ${[...cold].map(([name, ms]) => `${name} ${ms.map((m) => m.toFixed(0)).join(',')}`).join('; ')}`,
  );

  const rounds = new Map<string, RunFigures[]>(setups.map((setup) => [setup.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    for (const setup of rotate(setups, round)) {
      const figures = await measureRun(setup, plan);
      rounds.get(setup.name)!.push(figures);
      progress(`round ${round + 1} ${setup.name}: ${figures.invocationsPerSecond.toFixed(0)} inv/s`);
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    command: ['node bench/run.mjs', ...argv].join(' '),
    settings: {
      invocations: options.invocations,
      warmup: options.warmup,
      rounds: options.rounds,
      coldStarts: options.coldStarts,
      concurrency: options.concurrency,
      event: options.event,
      eventBytes: event.length,
    },
    baseline: CONTENDERS[0]!.name,
    results: setups.map((setup) => summarize(setup.name, rounds.get(setup.name)!, cold.get(setup.name)!)),
  };
  console.log(options.json ? JSON.stringify(report, null, 2) : markdownReport(report));
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
    // Only set when concurrent: the official client switches modes on the variable's mere presence.
    env: concurrent
      ? {
          AWS_LAMBDA_MAX_CONCURRENCY: String(options.concurrency),
          ...contender.concurrentEnv?.(options.concurrency),
        }
      : {},
    timeoutMs: options.timeoutSeconds * 1000,
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
