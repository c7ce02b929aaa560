import { describe, expect, it } from 'vitest';
import { BARRIER_INTS, barrierWait, createBarrier, initBarrier } from './barrier.ts';
import { runInThreads } from './testing/run-in-threads.ts';

describe('barrier (Atomics.wait / notify)', () => {
  it('lets nobody through a round before every party has arrived, round after round (3 threads)', async () => {
    const parties = 3;
    const rounds = 50;
    const state = createBarrier(parties);
    const arrivals = new Int32Array(new SharedArrayBuffer(rounds * 4));
    const seen = (await runInThreads(
      Array.from({ length: parties }, () => ({ name: 'barrier' as const, state, arrivals, rounds, parties })),
    )) as number[][];
    for (const perThread of seen) expect(perThread).toEqual(Array(rounds).fill(parties));
    expect(Atomics.load(state, 1)).toBe(rounds); // one generation per round
    expect(Atomics.load(state, 0)).toBe(0); // reset for the next use
  });

  it('returns true to exactly one party: alone, a thread is always the last to arrive', () => {
    const state = createBarrier(1);
    expect(barrierWait(state)).toBe(true);
    expect(barrierWait(state)).toBe(true);
  });

  it('times out with a clear message when a party never arrives', () => {
    // Node's main thread may block in Atomics.wait (a browser's main thread may not).
    const state = createBarrier(2);
    expect(() => barrierWait(state, 30)).toThrow(/barrier timed out after 30 ms: 1 of 2 parties arrived/);
  });

  it('rejects bad parameters', () => {
    expect(() => createBarrier(0)).toThrow(/parties must be a positive integer/);
    expect(() => initBarrier(new Int32Array(new SharedArrayBuffer(4)), 2)).toThrow(`needs ${BARRIER_INTS} Int32 slots`);
  });
});
