import { describe, expect, it } from 'vitest';
import { amdahlSpeedup } from '../../measure/amdahl.ts';
import { summarize } from '../../measure/stats.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { analyseScaling } from './scaling-analysis.ts';
import type { WorkloadRun } from './scaling-pool.ts';
import { scalingChartData } from './chart-data.ts';

const row = (workers: number, ms: number): SweepRow<WorkloadRun> => ({
  workers, time: summarize([ms]), speedup: Number.NaN, efficiency: Number.NaN, result: { serialMs: 0, parallelMs: ms, checksum: 0 }, runs: [],
});

describe('scalingChartData', () => {
  it('puts measured points at the measured counts and the fitted curve everywhere', () => {
    const a = analyseScaling([1, 2, 4].map((p) => row(p, 1000 / amdahlSpeedup(0.2, p))), 'strong', 8);
    const c = scalingChartData(a, [1, 2, 4, 8], 8);
    expect(c.data.map((d) => d.workers)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(c.measuredCount).toBe(3);
    expect(c.data.find((d) => d.workers === 8)!.measured).toBeNull();
    expect(c.data.find((d) => d.workers === 8)!.model).toBeCloseTo(amdahlSpeedup(0.2, 8), 3);
    expect(c.limit).toBeNull(); // 1/f = 5 lies above the top of the axis here
    expect(c.yTop).toBe(Math.ceil(amdahlSpeedup(0.2, 8) * 1.1));
  });
  it('draws the 1/f limit when it is on the chart, and marks oversubscribed positions', () => {
    const a = analyseScaling([1, 2, 4, 8].map((p) => row(p, 1000 / amdahlSpeedup(0.5, p))), 'strong', 2);
    const c = scalingChartData(a, [1, 2, 4, 8], 2);
    expect(c.limit).toBeCloseTo(2, 6);
    expect(c.data.filter((d) => d.oversubscribed).map((d) => d.workers)).toEqual([3, 4, 5, 6, 7, 8]);
  });
  it('has no model before a fit and thins the x positions for large counts', () => {
    const c = scalingChartData(analyseScaling([row(1, 100)], 'strong', 4), [1, 64], 4);
    expect(c.data.every((d) => d.model === null)).toBe(true);
    expect(c.data.length).toBeLessThanOrEqual(66);
    expect(c.maxP).toBe(64);
    expect(c.yTop).toBe(3);
  });
});
