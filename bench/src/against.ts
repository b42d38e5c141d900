import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Contender } from './contenders.js';
import { BENCH_DIR, OUT_DIR, ROOT } from './paths.js';
import type { BenchReport } from './report.js';
import { median } from './stats.js';

/**
 * `--against REF`: each lambdakit contender also built from the commit REF names, as `<name>@<ref>`.
 * The commit's files are extracted (`git archive`) into bench/dist/against/<commit>, beside this
 * checkout's `node_modules`, and bundled by this checkout's build; the twin runs in the same rounds,
 * so a change is compared with the code before it under the same load.
 */
export function withTwins(contenders: readonly Contender[], ref: string): Contender[] {
  const root = checkout(ref);
  const twins = contenders.flatMap((contender): Contender[] => {
    const app = contender.lambdakitApp;
    if (!app) return [];
    const twinEntry = join(root, relative(ROOT, app.entry));
    return [
      {
        name: twinName(contender.name, ref),
        about: `${contender.name} built from ${ref}`,
        ...(contender.event ? { event: contender.event } : {}),
        ...(contender.concurrentEnv ? { concurrentEnv: contender.concurrentEnv } : {}),
        prepare: (outdir) => app.prepare(twinEntry, outdir),
      },
    ];
  });
  if (twins.length === 0)
    throw new Error('--against needs a lambdakit contender (lambdakit-run, …) in --only');
  return [...contenders, ...twins];
}

/**
 * Each contender against its twin: the median over rounds of its inv/s over the twin's in the same
 * round, the rounds themselves, and the medians of the differences in CPU per invocation and cold start.
 */
export function againstReport(report: BenchReport, ref: string): string {
  const byName = new Map(report.results.map((result) => [result.name, result]));
  const rows = report.results.flatMap((result) => {
    const twin = byName.get(twinName(result.name, ref));
    if (!twin) return [];
    const ratios = result.rounds.map(
      (round, i) => round.invocationsPerSecond / twin.rounds[i]!.invocationsPerSecond,
    );
    const cpu = result.rounds.map(
      (round, i) => round.cpuUsPerInvocation - twin.rounds[i]!.cpuUsPerInvocation,
    );
    const cold = result.coldStartsMs.length > 0 ? (result.coldStartMs - twin.coldStartMs).toFixed(1) : '–';
    return [
      `| ${result.name} | ${median(ratios).toFixed(3)}× | ${ratios.map((r) => r.toFixed(3)).join(' / ')} | ${signed(median(cpu))} | ${cold} |`,
    ];
  });
  return [
    `Against ${ref}: each contender over its twin built from ${ref}, round by round.`,
    '',
    '| contender | inv/s × (median) | inv/s × per round | CPU µs/inv Δ (median) | cold start ms Δ |',
    '|---|--:|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

function twinName(name: string, ref: string): string {
  return `${name}@${ref}`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}

/** The files of commit `ref` in bench/dist/against/<commit>, with this checkout's dependencies. */
function checkout(ref: string): string {
  let commit: string;
  try {
    commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(`--against ${ref}: not a commit of this repository`);
  }
  const root = join(OUT_DIR, 'against', commit);
  if (existsSync(join(root, 'package.json'))) return root;
  mkdirSync(root, { recursive: true });
  execSync(`git -C '${ROOT}' archive ${commit} | tar -x -C '${root}'`);
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  symlinkSync(join(BENCH_DIR, 'node_modules'), join(root, 'bench', 'node_modules'));
  return root;
}
