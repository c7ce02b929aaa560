import { describe, expect, it } from 'vitest';
import { coreUsage } from './core-usage.ts';

describe('coreUsage', () => {
  it('shows the idle fifth core of 4 workers in a 5-core allocation: at most 80 %', () => {
    const u = coreUsage([{ line: 8, program: 'integrate_job.py', cores: 5, firstCore: 0, processes: 4, busyMs: [100, 100, 100, 100, 0], spanMs: 100 }], 5)!;
    expect(u.perCore).toEqual([1, 1, 1, 1, 0]);
    expect(u.overall).toBeCloseTo(0.8, 12);
    expect(u.ceiling).toBe(0.8);
    expect(u.coresWithWorker).toBe(4);
  });
  it('merges srun copies on their shares of the cores, from the last program line', () => {
    const copy = (firstCore: number, busy: number[]) => ({ line: 9, program: 'integrate_job.py', cores: 2, firstCore, processes: 2, busyMs: busy, spanMs: 50 });
    const u = coreUsage([{ line: 7, program: 'x', cores: 4, firstCore: 0, processes: 1, busyMs: [5, 0, 0, 0], spanMs: 5 }, copy(0, [50, 25]), copy(2, [50, 50])], 4)!;
    expect(u.perCore).toEqual([1, 0.5, 1, 1]);
    expect(u.ceiling).toBe(1);
    expect(coreUsage([], 4)).toBeNull();
  });
});
