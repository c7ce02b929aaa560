import { describe, expect, it } from 'vitest';
import { efficiency, median, speedup, summarize } from './stats.ts';

describe('stats', () => {
  it('median of odd and even counts, unsorted input untouched', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('rejects empty and non-finite input', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
  });

  it('summarizes min, max and flags noise above the threshold', () => {
    const s = summarize([100, 101, 99]);
    expect(s).toMatchObject({ median: 100, min: 99, max: 101, noisy: false });
    expect(summarize([100, 130, 101]).noisy).toBe(true);
    expect(summarize([100, 120, 101], 1.1).noisy).toBe(true);
    expect(summarize([100, 120, 101], 1.3).noisy).toBe(false);
  });

  it('speedup and efficiency', () => {
    expect(speedup(1000, 250)).toBe(4);
    expect(efficiency(3, 4)).toBe(0.75);
  });
});
