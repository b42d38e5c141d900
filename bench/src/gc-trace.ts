/**
 * `--gc`: what V8's garbage collector did while a contender served its measured invocations, read
 * from `--trace-gc-nvp`, which V8 prints to the contender's stdout, one line per collection. Each
 * line carries the time since the isolate started; a collection counts when that time falls in the
 * measured part, taken on the driver's clock from the spawn (the isolate starts a few ms after it, so
 * a collection at either edge may be counted or not). Every isolate counts: the official client's
 * worker threads too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './paths.js';

/**
 * The flag is set from a preload given in NODE_OPTIONS rather than on the command line: worker
 * threads inherit the command line's options and refuse V8's (the official client's worker mode
 * then fails), while V8's flags, once set, hold for every isolate of the process.
 */
const PRELOAD = "require('node:v8').setFlagsFromString('--trace-gc-nvp');\n";

let env: Record<string, string> | undefined;

/** The environment that makes a contender's V8 print a line per collection (the preload written once). */
export function gcTraceEnv(): Record<string, string> {
  if (!env) {
    mkdirSync(OUT_DIR, { recursive: true });
    const file = join(OUT_DIR, 'trace-gc.cjs');
    writeFileSync(file, PRELOAD);
    env = { NODE_OPTIONS: `--require "${file}"` };
  }
  return env;
}

/** The collections of the measured part, per measured invocation. */
export interface GcFigures {
  /** Young-generation collections (scavenges). */
  readonly scavenges: number;
  /** Old-generation collections (mark-compact). */
  readonly fullGcs: number;
  /** Time the collections paused JavaScript, in µs per invocation. */
  readonly pauseUsPerInvocation: number;
  /**
   * Bytes moved from the young generation to the old one, per invocation: objects alive at two
   * scavenges in a row. A runtime whose invocations end before the next scavenge promotes almost
   * nothing; finished invocations kept reachable (one long-lived object pointing at them) show here.
   */
  readonly promotedBytesPerInvocation: number;
}

interface Collection {
  readonly atMs: number;
  readonly kind: string;
  readonly pauseMs: number;
  readonly promoted: number;
}

const LINE = /^\[\d+:0x[0-9a-f]+(?::\d+)?\]\s+(\d+) ms: pause=([\d.]+) .*?\bgc=(\w+)\b/;
const PROMOTED = /\bpromoted=(\d+)\b/;

/** Collects a contender's GC lines, then sums those of a window. */
export class GcTrace {
  readonly #collections: Collection[] = [];
  #partial = '';

  /** Feed it the contender's stdout as it comes. */
  readonly write = (chunk: Buffer): void => {
    const lines = (this.#partial + chunk.toString('latin1')).split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) {
      const match = LINE.exec(line);
      if (!match) continue;
      this.#collections.push({
        atMs: Number(match[1]),
        pauseMs: Number(match[2]),
        kind: match[3]!,
        promoted: Number(PROMOTED.exec(line)?.[1] ?? 0),
      });
    }
  };

  /** The collections from `fromMs` to `toMs` after the spawn, over `invocations`. */
  figures(fromMs: number, toMs: number, invocations: number): GcFigures {
    const inWindow = this.#collections.filter((c) => c.atMs >= fromMs && c.atMs <= toMs);
    const sum = (pick: (c: Collection) => number) => inWindow.reduce((total, c) => total + pick(c), 0);
    return {
      scavenges: inWindow.filter((c) => c.kind === 's').length,
      fullGcs: inWindow.filter((c) => c.kind === 'mc').length,
      pauseUsPerInvocation: (sum((c) => c.pauseMs) * 1000) / invocations,
      promotedBytesPerInvocation: sum((c) => c.promoted) / invocations,
    };
  }
}
