import { describe, expect, it } from 'vitest';
import { busyWork, planWorkload } from './workload.ts';

describe('planWorkload', () => {
  it('strong scaling keeps the total fixed and splits the parallel part evenly', () => {
    const plan = planWorkload(1_000_003, 0.1, 'strong', 4);
    expect(plan.serial).toBe(100_000);
    expect(plan.shares).toHaveLength(4);
    expect(plan.serial + plan.shares.reduce((a, b) => a + b, 0)).toBe(1_000_003);
    expect(Math.max(...plan.shares) - Math.min(...plan.shares)).toBeLessThanOrEqual(1);
  });
  it('weak scaling gives every worker the whole parallel part of the base problem', () => {
    const plan = planWorkload(1_000_000, 0.25, 'weak', 3);
    expect(plan.serial).toBe(250_000);
    expect(plan.shares).toEqual([750_000, 750_000, 750_000]);
  });
  it('handles f = 0 and f = 1', () => {
    expect(planWorkload(100, 0, 'strong', 2)).toEqual({ serial: 0, shares: [50, 50] });
    expect(planWorkload(100, 1, 'strong', 2)).toEqual({ serial: 100, shares: [0, 0] });
  });
  it('rejects bad inputs', () => {
    expect(() => planWorkload(0, 0.1, 'strong', 2)).toThrow(RangeError);
    expect(() => planWorkload(100, 1.2, 'strong', 2)).toThrow(RangeError);
    expect(() => planWorkload(100, Number.NaN, 'strong', 2)).toThrow(RangeError);
    expect(() => planWorkload(100, 0.1, 'strong', 0)).toThrow(RangeError);
  });
});

describe('busyWork', () => {
  it('sums sin over the requested number of evaluations', () => {
    expect(busyWork(0)).toBe(0);
    expect(busyWork(3, 0.5)).toBeCloseTo(Math.sin(0.5) + Math.sin(0.501) + Math.sin(0.502), 14);
  });
});
