import { describe, expect, it } from 'vitest';
import type { LabExport } from '../kit/export-schema.ts';
import { scalingComparisonKey, scalingPoints } from './import-rules.ts';

/** A scaling results file: runs of (workers, ms, serial_ms, parallel_ms). */
function file(mode: 'strong' | 'weak', runs: [number, number, number, number][], withPhases = true): LabExport {
  return {
    format: 'parallel-lab.results',
    version: 1,
    lab: { id: 'scaling', title: 'Scaling lab' },
    settings: { serialFraction: '0.2', work: '1e6', mode, workers: '1,2,4', repeats: '1' },
    link: '#/lab/scaling',
    environment: { cores: 4, userAgent: 'test', date: '2026-12-01T00:00:00.000Z', crossOriginIsolated: null, machine: 'node' },
    runs: runs.map(([workers, ms, s, q], repeat) => ({ series: `${workers} workers`, workers, repeat, ms, value: 1, ...(withPhases ? { serial_ms: s, parallel_ms: q } : {}) })),
    summary: [],
  } as LabExport;
}

describe('scalingComparisonKey', () => {
  it('reads f, W and the mode with the lab’s own rules, so equal values written differently agree', () => {
    const a = scalingComparisonKey({ serialFraction: '0.10', work: '1_000_000', mode: 'strong' });
    const b = scalingComparisonKey({ serialFraction: '0.1', work: '1000000', mode: 'strong', workers: '1,8' });
    expect(a).toEqual(b);
    expect(a.ok && a.key).toEqual({ serialFraction: '0.1', work: '1000000', mode: 'strong' });
  });

  it('names the setting that is missing or invalid', () => {
    expect(scalingComparisonKey({ work: '1000000', mode: 'strong' })).toEqual({ ok: false, error: expect.stringContaining('settings.serialFraction is missing') });
    expect(scalingComparisonKey({ serialFraction: '2', work: '1000000', mode: 'strong' })).toEqual({ ok: false, error: expect.stringContaining('settings.serialFraction "2"') });
  });
});

describe('scalingPoints', () => {
  it('charts T(1) / T(p) of the medians in strong scaling', () => {
    const r = scalingPoints(file('strong', [[1, 100, 20, 80], [1, 110, 20, 90], [2, 60, 20, 40], [4, 40, 20, 20]]));
    expect(r.ok && r.points.map((p) => [p.workers, p.speedup, p.runs])).toEqual([[1, 1, 2], [2, 105 / 60, 1], [4, 105 / 40, 1]]);
  });

  it('charts the scaled speedup in weak scaling, from the 1-worker run’s serial share', () => {
    // s = 0.2 at p = 1; with weak scaling S(p) = s + (1 - s) p when T(p) = T(1) (Gustafson).
    const r = scalingPoints(file('weak', [[1, 100, 20, 80], [4, 100, 20, 80]]));
    expect(r.ok && r.points.map((p) => [p.workers, Number(p.speedup.toFixed(9))])).toEqual([[1, 1], [4, 3.4]]);
  });

  it('refuses a weak-scaling file without phases, and one without a 1-worker run', () => {
    expect(scalingPoints(file('weak', [[1, 100, 0, 0], [2, 60, 0, 0]], false))).toEqual({ ok: false, error: expect.stringContaining('serial_ms and parallel_ms') });
    expect(scalingPoints(file('strong', [[2, 60, 20, 40]]))).toEqual({ ok: false, error: expect.stringContaining('no runs on 1 worker') });
  });
});
