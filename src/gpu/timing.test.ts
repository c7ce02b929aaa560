import { describe, expect, it } from 'vitest';
import { computeMethodLabel, dispatchGrid } from './timing.ts';

describe('GPU dispatch and timing labels', () => {
  it('covers the invocations with workgroups, in rows past the per-dimension limit', () => {
    expect(dispatchGrid(1000, 256)).toEqual({ x: 4, y: 1, invocationsPerRow: 1024 });
    expect(dispatchGrid(1, 256)).toEqual({ x: 1, y: 1, invocationsPerRow: 256 });
    const big = dispatchGrid(2 ** 25, 256);
    expect(big.x).toBe(65_535);
    expect(big.y).toBe(3);
    expect(big.x * big.y * 256).toBeGreaterThanOrEqual(2 ** 25);
    expect(() => dispatchGrid(2 ** 40, 256)).toThrow(RangeError);
  });

  it('labels how compute was timed', () => {
    expect(computeMethodLabel('timestamp-query')).toBe('GPU timestamp queries');
    expect(computeMethodLabel('wall-clock')).toMatch(/submit to onSubmittedWorkDone/);
  });
});
