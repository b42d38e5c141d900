import { describe, expect, it } from 'vitest';
import type { Settle } from '../../src/runtime/context.js';
import { InFlight } from '../../src/runtime/in-flight.js';

type Outcome = Parameters<Settle>[0];

function recorder(): { settle: Settle; outcomes: Outcome[] } {
  const outcomes: Outcome[] = [];
  return { settle: (outcome) => outcomes.push(outcome), outcomes };
}

describe('the invocations in flight', () => {
  it('gives each invocation to exactly one claimant', () => {
    const inFlight = new InFlight();
    const a = inFlight.begin('a', recorder().settle);
    const b = inFlight.begin('b', recorder().settle);
    expect(inFlight.claim(b)).toBe(true);
    expect(inFlight.claim(b)).toBe(false);
    expect(inFlight.claimAll()).toEqual(['a']);
    expect(inFlight.claim(a)).toBe(false);
    expect(inFlight.claimAll()).toEqual([]);
  });

  it('keeps every other invocation open when one in the middle is claimed', () => {
    const inFlight = new InFlight();
    const opened = ['1', '2', '3', '4'].map((id) => inFlight.begin(id, recorder().settle));
    expect(inFlight.claim(opened[2]!)).toBe(true);
    expect(inFlight.claim(opened[0]!)).toBe(true);
    expect(inFlight.claimAll().sort()).toEqual(['2', '4']);
  });

  it('settles only the open invocations with the error, leaving them to be claimed', () => {
    const inFlight = new InFlight();
    const open = recorder();
    const answered = recorder();
    const first = inFlight.begin('open', open.settle);
    const second = inFlight.begin('answered', answered.settle);
    inFlight.claim(second);
    const error = new Error('nothing can settle it');
    inFlight.failAll(error);
    expect(open.outcomes).toEqual([{ ok: false, error }]);
    expect(answered.outcomes).toEqual([]);
    expect(inFlight.claim(first)).toBe(true);
  });

  it('takes many invocations entering and leaving, as 64 pollers do', () => {
    const inFlight = new InFlight();
    const open = Array.from({ length: 64 }, (_, i) => inFlight.begin(`r${i}`, recorder().settle));
    for (let i = 64; i < 10_000; i++) {
      const slot = i % 64;
      expect(inFlight.claim(open[slot]!)).toBe(true);
      open[slot] = inFlight.begin(`r${i}`, recorder().settle);
    }
    expect(inFlight.claimAll()).toHaveLength(64);
  });
});
