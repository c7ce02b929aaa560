import { describe, expect, it } from 'vitest';
import { gigabytesPerSecond, gpuTotalMs, summarizeVectorAdd, transferShare } from './vector-add-model.ts';

const run = (u: number, c: number, d: number, mismatches = 0) => ({
  timings: { uploadMs: u, computeMs: c, downloadMs: d, computeMethod: 'timestamp-query' as const, uploadBytes: 800, downloadBytes: 400 },
  mismatches,
});

describe('vector-add model', () => {
  it('takes the median of each phase and sums the mismatches', () => {
    const row = summarizeVectorAdd(100, [run(3, 1, 2), run(5, 9, 4, 1), run(4, 2, 3)], [7, 5, 6]);
    expect(row).toMatchObject({ uploadMs: 4, computeMs: 2, downloadMs: 3, cpuMs: 6, mismatches: 1, computeMethod: 'timestamp-query' });
    expect(gpuTotalMs(row)).toBe(9);
    expect(transferShare(row)).toBeCloseTo(7 / 9);
  });

  it('converts bytes and ms to GB/s', () => {
    expect(gigabytesPerSecond(12e6, 1)).toBeCloseTo(12);
  });

  it('refuses an empty run list', () => {
    expect(() => summarizeVectorAdd(1, [], [1])).toThrow(RangeError);
  });
});
