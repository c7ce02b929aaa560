import { describe, expect, it } from 'vitest';
import { amdahlSpeedup, gustafsonSpeedup } from '../../measure/amdahl.ts';
import { summarize } from '../../measure/stats.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { analyseScaling, medianPhases } from './scaling-analysis.ts';
import type { WorkloadRun } from './scaling-pool.ts';

function row(workers: number, ms: number, serialMs = 0): SweepRow<WorkloadRun> {
  return { workers, time: summarize([ms]), speedup: Number.NaN, efficiency: Number.NaN, result: { serialMs, parallelMs: ms - serialMs, checksum: 0 }, runs: [] };
}

describe('analyseScaling', () => {
  it('strong: speedup, Karp-Flatt and an Amdahl fit that recovers f', () => {
    const f = 0.2;
    const rows = [1, 2, 4, 8].map((p) => row(p, 1000 / amdahlSpeedup(f, p), 200));
    const a = analyseScaling(rows, 'strong', 8);
    expect(a.law).toBe('amdahl');
    expect(a.rows[2]!.speedup).toBeCloseTo(amdahlSpeedup(f, 4), 10);
    expect(a.rows[0]!.karpFlatt).toBeNaN();
    expect(a.rows[3]!.karpFlatt).toBeCloseTo(f, 10);
    expect(a.fit?.serialFraction).toBeCloseTo(f, 6);
    expect(a.rows.every((r) => r.inFit)).toBe(true);
  });
  it('leaves oversubscribed points out of the fit', () => {
    const rows = [row(1, 1000), row(2, 1000 / amdahlSpeedup(0.1, 2)), row(4, 1000)];
    const a = analyseScaling(rows, 'strong', 2);
    expect(a.rows.map((r) => r.inFit)).toEqual([true, true, false]);
    expect(a.rows[2]!.oversubscribed).toBe(true);
    expect(a.fit?.serialFraction).toBeCloseTo(0.1, 6);
    expect(a.fitUsesOversubscribed).toBe(false);
  });
  it('uses every point when only oversubscribed points exist above one worker', () => {
    const a = analyseScaling([row(1, 1000), row(2, 1000 / amdahlSpeedup(0.3, 2))], 'strong', 1);
    expect(a.fitUsesOversubscribed).toBe(true);
    expect(a.fit?.serialFraction).toBeCloseTo(0.3, 6);
  });
  it('weak: scaled speedup from the measured serial share, Gustafson fit', () => {
    // Ideal weak scaling: time stays 1000 ms, serial share 25 %.
    const rows = [1, 2, 4].map((p) => row(p, 1000, 250));
    const a = analyseScaling(rows, 'weak', 4);
    expect(a.law).toBe('gustafson');
    expect(a.rows[2]!.speedup).toBeCloseTo(gustafsonSpeedup(0.25, 4), 10);
    expect(a.rows[2]!.weakEfficiency).toBeCloseTo(1, 10);
    expect(a.rows[2]!.karpFlatt).toBeNaN();
    expect(a.fit?.serialFraction).toBeCloseTo(0.25, 10);
  });
  it('has no fit before a row above one worker arrives', () => {
    expect(analyseScaling([row(1, 1000)], 'strong', 2).fit).toBeNull();
    expect(analyseScaling([], 'strong', 2).fit).toBeNull();
  });
});

describe('medianPhases', () => {
  it('takes the median of each phase separately', () => {
    const runs = [
      { serialMs: 10, parallelMs: 100, checksum: 1 },
      { serialMs: 90, parallelMs: 110, checksum: 2 },
      { serialMs: 12, parallelMs: 300, checksum: 3 },
    ];
    expect(medianPhases(runs)).toEqual({ serialMs: 12, parallelMs: 110, checksum: 3 });
  });
  it('rejects an empty list', () => {
    expect(() => medianPhases([])).toThrow(RangeError);
  });
});
