import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import type { LeakFigures } from './leak.js';
import type { ColdStart, RunFigures } from './measure.js';
import { median, medianIndex } from './stats.js';

/** One contender's figures over the whole benchmark. */
export interface ContenderResult {
  readonly name: string;
  /** Every round in the order run. */
  readonly rounds: readonly RunFigures[];
  /** The round with the median invocations/s: its figures are the ones reported. */
  readonly kept: RunFigures;
  readonly coldStartsMs: readonly number[];
  /** Median of `coldStartsMs` (NaN when none were measured). */
  readonly coldStartMs: number;
  /** Minor page faults of each cold start's process at its first `/next`. */
  readonly coldStartsFaults: readonly number[];
  /** Median of `coldStartsFaults`: the memory a start touched, which the machine's load does not move. */
  readonly coldStartFaults: number;
  /**
   * Median over rounds of the RSS each round's process ended with: one process's RSS is bimodal
   * (whether V8 grew its heap in that run moves it by ~7 MB), so the kept round's alone says little.
   */
  readonly rssMb: number;
  /** The contender's own event, when it is not served the `--event` fixture. */
  readonly ownEvent?: { readonly name: string; readonly bytes: number };
  /** The leak check's RSS readings (`--leak`), from the last round. */
  readonly leak?: LeakFigures;
}

/** Everything one benchmark run found, as `--json` prints it. */
export interface BenchReport {
  readonly date: string;
  readonly machine: { nproc: number; cpu: string; node: string; platform: string; loadavg: number[] };
  readonly command: string;
  readonly settings: Record<string, unknown>;
  readonly baseline: string;
  readonly results: readonly ContenderResult[];
}

/** Folds a contender's rounds and cold starts into its result. */
export function summarize(
  name: string,
  rounds: RunFigures[],
  coldStarts: readonly ColdStart[],
  ownEvent?: ContenderResult['ownEvent'],
): ContenderResult {
  const kept = rounds[medianIndex(rounds, (round) => round.invocationsPerSecond)]!;
  const leak = rounds.find((round) => round.leak)?.leak;
  const rssMb = median(rounds.map((round) => round.rssMb));
  const coldStartsMs = coldStarts.map(({ ms }) => ms);
  const coldStartsFaults = coldStarts.map(({ faults }) => faults);
  return {
    name,
    rounds,
    kept,
    coldStartsMs,
    coldStartMs: median(coldStartsMs),
    coldStartsFaults,
    coldStartFaults: median(coldStartsFaults),
    rssMb,
    ownEvent,
    leak,
  };
}

/** The machine the figures come from, and the version of the Node.js binary the contenders ran on. */
export function machine(node: string): BenchReport['machine'] {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    platform: `${process.platform}-${process.arch}`,
    loadavg: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

type Column = readonly [title: string, pick: (result: ContenderResult) => number, digits: number];

const COLUMNS: readonly Column[] = [
  ['inv/s', (r) => r.kept.invocationsPerSecond, 0],
  ['p50 µs', (r) => r.kept.p50Us, 0],
  ['p99 µs', (r) => r.kept.p99Us, 0],
  ['gap p50 µs', (r) => r.kept.gapP50Us, 0],
  ['cold start ms', (r) => r.coldStartMs, 1],
  ['cold faults', (r) => r.coldStartFaults, 0],
  ['RSS MB', (r) => r.rssMb, 1],
  ['CPU µs/inv', (r) => r.kept.cpuUsPerInvocation, 0],
  ['faults/inv', (r) => r.kept.faultsPerInvocation, 2],
];

/** The results as a markdown table, each figure with its ratio to the baseline. */
export function markdownTable(report: BenchReport): string {
  const base = report.results.find((result) => result.name === report.baseline);
  const header = `| contender | ${COLUMNS.map(([title]) => title).join(' | ')} | inv/s per round | paired × |`;
  const rule = `|---|${COLUMNS.map(() => '--:').join('|')}|--:|--:|`;
  const rows = report.results.map((result) => {
    const cells = COLUMNS.map(([, pick, digits]) => {
      const value = pick(result);
      const ratio = base ? value / pick(base) : Number.NaN;
      return `${format(value, digits)} (${format(ratio, 2)}×)`;
    });
    const rounds = result.rounds.map((round) => format(round.invocationsPerSecond, 0)).join(' / ');
    const paired = base ? format(pairedRatio(result, base), 2) : '–';
    return `| ${result.name} | ${cells.join(' | ')} | ${rounds} | ${paired}× |`;
  });
  return [header, rule, ...rows].join('\n');
}

/** The whole human-readable report: settings, machine, table. */
export function markdownReport(report: BenchReport): string {
  const { machine: m, settings: s } = report;
  const own = report.results.flatMap((r) =>
    r.ownEvent ? [`${r.name}: ${r.ownEvent.name} (${r.ownEvent.bytes} bytes)`] : [],
  );
  const delay = delayOf(report) > 0 ? `, every handler awaits ${delayOf(report)} ms` : '';
  const trace = s.sameTraceId === true ? ', one trace id for every invocation' : '';
  return [
    `${report.date} · ${m.nproc} cores (${m.cpu}) · Node ${m.node} · load ${m.loadavg.join(' ')}`,
    `\`${report.command}\``,
    `${s.invocations} measured invocations after ${s.warmup} warm-up, ${s.rounds} interleaved rounds (median kept), concurrency ${s.concurrency}${delay}${trace}, event ${s.event} (${s.eventBytes} bytes), cold start = median of ${s.coldStarts} spawns (cold faults: the minor page faults each had by its first /next). Ratios are to ${report.baseline}; "paired ×" is the median over rounds of inv/s over ${report.baseline}'s in the same round.`,
    ...(own.length > 0 ? [`Contenders with their own event: ${own.join('; ')}.`] : []),
    "p50/p99 = event handed out → response received; gap = response answered → next /next received (sequential only); CPU = the contender's user+system time per invocation; faults/inv = its minor page faults per measured invocation.",
    '',
    markdownTable(report),
    ...idealReport(report),
    ...gcReport(report),
    ...leakReport(report),
  ].join('\n');
}

/** `--delay` of a report, in ms (0 for reports from before the flag). */
export function delayOf(report: BenchReport): number {
  return Number(report.settings.delayMs ?? 0);
}

/**
 * With `--delay` and concurrency > 1, the best a runtime can do: min(the baseline's inv/s in this run,
 * concurrency / delay), the rate at which every slot is always busy waiting on its handler. Each
 * contender's kept inv/s against it, and how busy it was over the measured part: its cores (CPU time
 * of all threads per second) and its main thread's share of one core.
 */
function idealReport(report: BenchReport): string[] {
  const delay = delayOf(report);
  const concurrency = Number(report.settings.concurrency);
  const base = report.results.find((result) => result.name === report.baseline);
  if (!(delay > 0 && concurrency > 1 && base)) return [];
  const bound = (concurrency * 1000) / delay;
  const floor = base.kept.invocationsPerSecond;
  const ideal = Math.min(floor, bound);
  return [
    '',
    `Ideal: min(${report.baseline} ${format(floor, 0)} inv/s, ${concurrency} / ${delay} ms = ${format(bound, 0)} inv/s) = ${format(ideal, 0)} inv/s. Over the measured part of the kept round: cores = CPU time of all threads per second, main thread = its main thread's alone (1 = never idle).`,
    '',
    '| contender | inv/s | × ideal | CPU µs/inv | cores | main thread |',
    '|---|--:|--:|--:|--:|--:|',
    ...report.results.map(({ name, kept }) => {
      const rate = kept.invocationsPerSecond;
      return `| ${name} | ${format(rate, 0)} | ${format(rate / ideal, 2)}× | ${format(kept.cpuUsPerInvocation, 0)} | ${format(kept.cores, 2)} | ${format(kept.mainThreadCores, 2)} |`;
    }),
  ];
}

/** V8's collections in the kept round's measured part, when the run traced them (`--gc`). */
function gcReport(report: BenchReport): string[] {
  const traced = report.results.filter((result) => result.kept.gc);
  if (traced.length === 0) return [];
  return [
    '',
    "V8's collections in the measured part of the kept round (`--trace-gc-nvp`; every isolate of the process): pause = time JavaScript stood still, promoted = bytes moved to the old generation (objects alive at two scavenges in a row).",
    '',
    '| contender | GC pause µs/inv | scavenges | full GCs | promoted B/inv |',
    '|---|--:|--:|--:|--:|',
    ...traced.map(({ name, kept }) => {
      const gc = kept.gc!;
      return `| ${name} | ${format(gc.pauseUsPerInvocation, 1)} | ${gc.scavenges} | ${gc.fullGcs} | ${format(gc.promotedBytesPerInvocation, 0)} |`;
    }),
  ];
}

/** The leak check's table, when the run had one (`--leak`): RSS after `LEAK_FROM` and at the end. */
function leakReport(report: BenchReport): string[] {
  const checked = report.results.filter((result) => result.leak);
  const first = checked[0]?.leak;
  if (!first) return [];
  const from = format(first.fromInvocations, 0);
  const to = format(first.invocations, 0);
  return [
    '',
    `Leak check: VmRSS of each contender's last-round process after ${from} and after ${to} invocations.`,
    '',
    `| contender | RSS MB at ${from} | RSS MB at ${to} | growth MB |`,
    '|---|--:|--:|--:|',
    ...checked.map(({ name, leak }) => {
      const growth = `${leak!.growthMb >= 0 ? '+' : '−'}${format(Math.abs(leak!.growthMb), 1)}`;
      return `| ${name} | ${format(leak!.fromRssMb, 1)} | ${format(leak!.rssMb, 1)} | ${growth} |`;
    }),
  ];
}

/**
 * The median over rounds of a contender's invocations/s over the baseline's in the same round:
 * rounds run back to back, so this ratio shrugs off load that changes between rounds.
 */
export function pairedRatio(result: ContenderResult, base: ContenderResult): number {
  const ratios = result.rounds.map((round, i) => {
    const baseline = base.rounds[i];
    return baseline ? round.invocationsPerSecond / baseline.invocationsPerSecond : Number.NaN;
  });
  return median(ratios.filter(Number.isFinite));
}

function format(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
