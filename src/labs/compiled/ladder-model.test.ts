import { describe, expect, it } from 'vitest';
import { courseSpeedup, evaluationsPerSecond, secondsAtCourseN, speedupsOverFirst, type LadderRow } from './ladder-model.ts';

const row = (rung: LadderRow['rung'], n: number, medianMs: number): LadderRow => ({ rung, n, medianMs, workers: 1, text: '' });

describe('the speed ladder arithmetic', () => {
  it('turns a run into evaluations per second and seconds at n = 10 000', () => {
    expect(evaluationsPerSecond(row('js', 1000, 10))).toBe(1e8);
    expect(secondsAtCourseN(row('js', 1000, 10))).toBe(1);
    expect(secondsAtCourseN(row('python', 100, 50))).toBeCloseTo(500, 9);
  });

  it('compares rates, not times, so rungs of different n compare fairly', () => {
    const s = speedupsOverFirst([row('python', 100, 10), row('js', 1000, 10)]);
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(100, 9);
    expect(speedupsOverFirst([])).toEqual([]);
  });

  it('gives the course’s own speedups over its 20.39 s', () => {
    expect(courseSpeedup('numba')).toBeCloseTo(10.73, 2);
    expect(courseSpeedup('openmp')).toBeCloseTo(55.1, 1);
  });
});
