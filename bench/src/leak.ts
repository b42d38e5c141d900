/**
 * The leak check: a contender's RSS read twice along one long run, once it has settled and at the
 * end, so "no growth over N invocations" can be read per contender.
 */
import type { ClosedLoopApi } from './closed-loop-api.js';
import { rssMb } from './process.js';

/** Invocations answered when the first RSS is read: past start-up, warm-up and the first JIT tiers. */
export const LEAK_FROM = 20_000;

/** RSS of one process after `LEAK_FROM` invocations and after `invocations`. */
export interface LeakFigures {
  readonly fromInvocations: number;
  readonly fromRssMb: number;
  readonly invocations: number;
  readonly rssMb: number;
  /** `rssMb - fromRssMb`. */
  readonly growthMb: number;
}

/**
 * Reads the contender's RSS (`VmRSS`) as `api` answers its `LEAK_FROM`th and its `until`th
 * invocation. Call it before the run reaches `LEAK_FROM`.
 */
export async function watchRss(api: ClosedLoopApi, pid: number, until: number): Promise<LeakFigures> {
  const [fromRssMb, rss] = await Promise.all([
    api.answered(LEAK_FROM).then(() => rssMb(pid)),
    api.answered(until).then(() => rssMb(pid)),
  ]);
  return { fromInvocations: LEAK_FROM, fromRssMb, invocations: until, rssMb: rss, growthMb: rss - fromRssMb };
}
