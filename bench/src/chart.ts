/**
 * The benchmark's figures as an SVG chart, hand-written: three groups of horizontal bars (inv/s,
 * cold start, RSS), one bar per contender, coloured by kind, with a caption saying how they were made.
 */
import { type BenchReport, type ContenderResult, delayOf } from './report.js';

/** The chart's heading, also its accessible title. */
const TITLE = 'lambdakit benchmark: one process per contender, closed loop';

type Kind = 'lambdakit' | 'peer' | 'floor';

/** How a contender is drawn, from its name: `lambdakit-*`, `bare-*` (the floor), anything else a peer. */
function kindOf(name: string): Kind {
  if (name.startsWith('lambdakit-')) return 'lambdakit';
  return name.startsWith('bare-') ? 'floor' : 'peer';
}

const COLOURS: Record<Kind, string> = { lambdakit: '#2563eb', peer: '#ea580c', floor: '#9ca3af' };
const LEGEND: readonly [Kind, string][] = [
  ['lambdakit', 'lambdakit'],
  ['peer', 'peers (official client, Powertools)'],
  ['floor', 'bare loops (no runtime: the floor)'],
];

interface Group {
  readonly title: string;
  readonly value: (result: ContenderResult) => number;
  readonly digits: number;
  /** Said after the value and its ratio to the baseline. */
  readonly note?: (result: ContenderResult) => string;
}

const GROUPS: readonly Group[] = [
  {
    title: 'Throughput: invocations per second (higher is better)',
    value: (r) => r.kept.invocationsPerSecond,
    digits: 0,
  },
  { title: 'Cold start: spawn to first /next, ms (lower is better)', value: (r) => r.coldStartMs, digits: 1 },
  {
    title: 'Memory: RSS at the end of the measured run, median over rounds, MB (lower is better)',
    value: (r) => r.rssMb,
    digits: 1,
    note: (r) =>
      r.leak
        ? ` · ${signed(r.leak.growthMb)} MB from ${kilo(r.leak.fromInvocations)} to ${kilo(r.leak.invocations)} inv.`
        : '',
  },
];

const WIDTH = 960;
const MARGIN = 24;
const ROW = 22;
const BAR = 15;
/** Rough advance of a 12 px sans-serif character, to leave room for names and labels. */
const CHAR = 6.6;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif\"";
const MONO = 'font-family="ui-monospace, \'DejaVu Sans Mono\', monospace"';

/** One bar: its value (NaN draws none) and what is written after it. */
interface Bar {
  readonly name: string;
  readonly kind: Kind;
  readonly value: number;
  readonly label: string;
}

/**
 * The chart of a benchmark report: per group one bar per contender in report order, each labelled
 * with its value and its ratio to the baseline, and a caption with the command, Node.js, machine and date.
 */
export function chartSvg(report: BenchReport): string {
  const groups = GROUPS.map((group) => ({ title: group.title, bars: barsOf(report, group) }));
  const names = groups[0]!.bars.map((bar) => bar.name);
  const labels = groups.flatMap((group) => group.bars.map((bar) => bar.label));
  const barLeft = MARGIN + Math.max(...names.map((name) => name.length)) * CHAR + 16;
  const labelRoom = Math.max(...labels.map((label) => label.length)) * CHAR + 8;
  const barMax = Math.max(120, WIDTH - barLeft - MARGIN - labelRoom);
  const parts: string[] = [];
  let y = MARGIN + 18;
  parts.push(text(MARGIN, y, TITLE, 18, 'bold'));
  y += 26;
  parts.push(legend(MARGIN, y));
  y += 16;
  for (const group of groups) {
    y += 28;
    parts.push(text(MARGIN, y, group.title, 14, 'bold'));
    y += 10;
    parts.push(barsSvg(group.bars, barLeft, barMax, y));
    y += ROW * group.bars.length;
  }
  y += 16;
  for (const [line, family] of caption(report)) {
    y += 16;
    parts.push(text(MARGIN, y, line, 11, 'normal', 'start', family));
  }
  const height = y + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img">`,
    `<title>${escapeXml(TITLE)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** A group's bars: each contender's value, labelled with its ratio to the baseline and the group's note. */
function barsOf(report: BenchReport, group: Group): Bar[] {
  const base = report.results.find((result) => result.name === report.baseline);
  return report.results.map((result) => {
    const value = group.value(result);
    const ratio = base ? value / group.value(base) : Number.NaN;
    const label = Number.isFinite(value)
      ? `${thousands(value, group.digits)}${Number.isFinite(ratio) ? ` (${ratio.toFixed(2)}×)` : ''}${group.note?.(result) ?? ''}`
      : '–';
    return { name: `${result.name}${result.ownEvent ? ' *' : ''}`, kind: kindOf(result.name), value, label };
  });
}

/** One group's bars from `top`, scaled so the largest is `barMax` wide, names right-aligned before them. */
function barsSvg(bars: readonly Bar[], barLeft: number, barMax: number, top: number): string {
  const largest = Math.max(...bars.map((bar) => bar.value).filter(Number.isFinite), Number.MIN_VALUE);
  const parts = [
    `<line x1="${barLeft}" y1="${top}" x2="${barLeft}" y2="${top + ROW * bars.length}" stroke="#374151"/>`,
  ];
  bars.forEach((bar, i) => {
    const rowTop = top + i * ROW;
    const baseline = rowTop + ROW / 2 + 4;
    const width = Number.isFinite(bar.value) ? Math.max(1, (bar.value / largest) * barMax) : 0;
    parts.push(text(barLeft - 8, baseline, bar.name, 12, 'normal', 'end'));
    if (width > 0) {
      parts.push(
        `<rect x="${barLeft}" y="${rowTop + (ROW - BAR) / 2}" width="${width.toFixed(1)}" height="${BAR}" fill="${COLOURS[bar.kind]}"/>`,
      );
    }
    parts.push(text(barLeft + width + 6, baseline, bar.label, 12));
  });
  return parts.join('\n');
}

/** The coloured swatches naming each kind of contender. */
function legend(x: number, y: number): string {
  return LEGEND.map(([kind, label]) => {
    const swatch = `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${COLOURS[kind]}"/>`;
    const item = `${swatch}${text(x + 18, y, label, 12)}`;
    x += 18 + label.length * 6 + 24;
    return item;
  }).join('');
}

/** How the figures were made, each line with its font: the command, Node.js, machine, date, settings. */
function caption(report: BenchReport): [line: string, family: string][] {
  const { machine: m, settings: s } = report;
  const date = `${report.date.slice(0, 10)} ${report.date.slice(11, 16)} UTC`;
  const leak = report.results.find((result) => result.leak)?.leak;
  const own = new Map<string, string[]>();
  for (const result of report.results) {
    if (!result.ownEvent) continue;
    const key = `${result.ownEvent.name}, ${thousands(result.ownEvent.bytes)} bytes`;
    own.set(key, [...(own.get(key) ?? []), result.name]);
  }
  const settings =
    `${thousands(Number(s.invocations))} measured invocations after ${thousands(Number(s.warmup))} warm-up, ` +
    `median of ${s.rounds} interleaved rounds, concurrency ${s.concurrency}${delayOf(report) > 0 ? `, handlers await ${delayOf(report)} ms` : ''}; cold start: median of ${s.coldStarts} spawns; ` +
    `ratios to ${report.baseline}.`;
  const prose = [
    `Node ${m.node} · ${m.nproc} cores (${m.cpu}) · ${m.platform} · load ${m.loadavg.join(' ')} · ${date}`,
    ...wrap(settings, 150),
    ...wrap(`Event: ${s.event} (${thousands(Number(s.eventBytes))} bytes)`, 150),
    ...[...own].flatMap(([event, contenders]) => wrap(`* ${contenders.join(', ')}: ${event}`, 150)),
    ...(leak
      ? [
          `RSS growth after "·": VmRSS of each contender's last-round process, from ${thousands(leak.fromInvocations)} to ${thousands(leak.invocations)} invocations (--leak).`,
        ]
      : []),
  ];
  return [
    ...wrap(report.command, 130).map((line): [string, string] => [line, MONO]),
    ...prose.map((line): [string, string] => [line, FONT]),
  ];
}

/** `line` cut at spaces into lines of at most about `width` characters. */
function wrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  return current ? [...lines, current] : lines;
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  weight = 'normal',
  anchor = 'start',
  family = FONT,
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}" fill="#111827" ${family}>${escapeXml(content)}</text>`;
}

function escapeXml(content: string): string {
  return content.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function thousands(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 20000 → `20k`. */
function kilo(count: number): string {
  return `${thousands(count / 1000, count % 1000 === 0 ? 0 : 1)}k`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${thousands(Math.abs(value), 1)}`;
}
