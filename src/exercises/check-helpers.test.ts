import { describe, expect, it } from 'vitest';
import { allRequiredPassed, deepEqual, expectClose, expectEqual, expectedSpeedup, speedCheck, timeRuns } from './check-helpers.ts';
import type { CheckContext } from './types.ts';
import { summarize } from '../measure/stats.ts';

describe('check helpers', () => {
  it('compares plain data deeply', () => {
    expect(deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] })).toBe(true);
    expect(deepEqual([1, 2], new Int32Array([1, 2]))).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
  });

  it('says what was expected and what came', () => {
    expect(expectEqual('x', { begin: 0, end: 3 }, { begin: 0, end: 4 })).toEqual({ name: 'x', ok: false, expected: '{ begin: 0, end: 3 }', got: '{ begin: 0, end: 4 }' });
    expect(expectClose('y', 1, 1.05, 0.01)).toMatchObject({ ok: false, expected: '1 ± 0.01', got: '1.05' });
    expect(expectClose('y', 1, 'one', 0.01)).toMatchObject({ ok: false, got: '"one"' });
  });

  it('expects speedup only where there are cores for it', () => {
    expect(expectedSpeedup(4, 1)).toBe(0.5);
    expect(expectedSpeedup(2, 2)).toBeCloseTo(1.2);
    expect(expectedSpeedup(8, 4)).toBeCloseTo(2.2);
    expect(expectedSpeedup(2, 16)).toBeCloseTo(1.2);
  });

  it('reports speed as advisory, with the measured numbers', () => {
    const r = speedCheck('s', summarize([100, 101, 99]), summarize([55, 56, 54]), 2, 2);
    expect(r).toMatchObject({ ok: true, advisory: true, got: '1.82×' });
    expect(r.detail).toMatch(/Serial 100 ms, parallel 55 ms/);
    const one = speedCheck('s', summarize([100, 100, 100]), summarize([110, 110, 110]), 2, 1);
    expect(one.ok).toBe(true);
    expect(one.detail).toMatch(/no speedup is expected/);
    expect(allRequiredPassed([{ name: 'a', ok: true }, { ...one, ok: false }])).toBe(true);
    expect(allRequiredPassed([{ ...one }])).toBe(false);
  });

  it('times runs with the measurement loop: the warm-up is discarded, the median kept', async () => {
    let clock = 0;
    const durations = [500, 10, 30, 20];
    let call = 0;
    const ctx = { now: () => clock } as unknown as CheckContext;
    const t = await timeRuns(ctx, () => {
      clock += durations[call++]!;
    }, 3);
    expect(call).toBe(4);
    expect(t.samples).toEqual([10, 30, 20]);
    expect(t.median).toBe(20);
    expect(t.min).toBe(10);
    expect(t.max).toBe(30);
  });
});
