import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Node flags that write a V8 CPU profile to `dir` when the process exits on SIGTERM. */
export function profilingArgs(dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    '--cpu-prof-interval=100',
    // a profile is written only on a clean exit; a bare loop would die on SIGTERM without one
    "--import=data:text/javascript,process.once('SIGTERM',()=>process.exit(0))",
  ];
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A function's share of the profile. */
export interface Hotspot {
  readonly name: string;
  /** The source module (from esbuild's `// path` markers in a bundle), else the URL. */
  readonly module: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

/** Reads the profile written to `dir` and ranks its functions by self and inclusive time. */
export function readProfile(dir: string): { hotspots: Hotspot[]; totalMs: number } {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written to ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const modules = new ModuleMap();
  const keyOf = new Map<number, string>();
  const spots = new Map<string, { name: string; module: string; selfMs: number; totalMs: number }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const module = modules.moduleOf(url, lineNumber);
    const name = functionName || '(anonymous)';
    const key = `${name}@${module}:${lineNumber}`;
    keyOf.set(node.id, key);
    if (!spots.has(key)) spots.set(key, { name, module, selfMs: 0, totalMs: 0 });
  }
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    spots.get(keyOf.get(id)!)!.selfMs += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf.get(at)!;
      if (seen.has(key) || !byId.has(at)) continue;
      seen.add(key);
      spots.get(key)!.totalMs += ms;
    }
  });
  return { hotspots: [...spots.values()], totalMs };
}

/** Maps a bundle's line numbers back to the source modules esbuild marks with `// path` comments. */
class ModuleMap {
  readonly #markers = new Map<string, { line: number; module: string }[]>();

  moduleOf(url: string, line: number): string {
    if (!url.startsWith('file:')) return url || '(native)';
    const markers = this.#load(url);
    let module = url.slice(url.lastIndexOf('/') + 1);
    for (const marker of markers) {
      if (marker.line > line) break;
      module = marker.module;
    }
    return module;
  }

  #load(url: string) {
    let markers = this.#markers.get(url);
    if (!markers) {
      markers = [];
      const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      lines.forEach((text, line) => {
        const match = /^\/\/ ((?:\.\.\/)*[\w@./-]+\.(?:ts|js|mjs|cjs))$/.exec(text);
        if (match) markers!.push({ line, module: match[1]!.replace(/^(\.\.\/)+/, '') });
      });
      this.#markers.set(url, markers);
    }
    return markers;
  }
}

/**
 * The profile as markdown: time per module, then the hottest functions by self and inclusive time,
 * each in µs per invocation served (start-up included, so compare runs of the same length).
 */
export function profileReport(
  name: string,
  profile: { hotspots: Hotspot[]; totalMs: number },
  invocations: number,
  top = 25,
): string {
  const { hotspots, totalMs } = profile;
  const perModule = new Map<string, number>();
  for (const spot of hotspots) perModule.set(spot.module, (perModule.get(spot.module) ?? 0) + spot.selfMs);
  const pct = (ms: number) =>
    `${((ms * 1000) / invocations).toFixed(2)} (${((ms / totalMs) * 100).toFixed(1)}%)`;
  const modules = [...perModule].sort((a, b) => b[1] - a[1]).slice(0, top);
  const self = [...hotspots].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const total = [...hotspots].sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  return [
    `## CPU profile of ${name}: ${totalMs.toFixed(0)} ms sampled over ${invocations} invocations`,
    '',
    'Figures are µs per invocation (share of all samples, idle included).',
    '',
    '| module | self µs/inv |',
    '|---|--:|',
    ...modules.map(([module, ms]) => `| ${module} | ${pct(ms)} |`),
    '',
    '| function (by self time) | module | self µs/inv | total µs/inv |',
    '|---|---|--:|--:|',
    ...self.map((s) => `| ${s.name} | ${s.module} | ${pct(s.selfMs)} | ${pct(s.totalMs)} |`),
    '',
    '| function (by inclusive time) | module | self µs/inv | total µs/inv |',
    '|---|---|--:|--:|',
    ...total.map((s) => `| ${s.name} | ${s.module} | ${pct(s.selfMs)} | ${pct(s.totalMs)} |`),
  ].join('\n');
}
