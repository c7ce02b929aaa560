import { describe, expect, it } from 'vitest';
import { formatRatio, formatScientific } from './format.ts';
import { sweepToCsv } from './sweep-csv.ts';
import { summarize } from '../../measure/stats.ts';

describe('formatting', () => {
  it('prints results like Python %e with 7 significant digits', () => {
    expect(formatScientific(-7.117752e-17)).toBe('-7.117752e-17');
    expect(formatScientific(4.4928514e-12)).toBe('4.492851e-12');
    expect(formatScientific(Math.PI)).toBe('3.141593e+00');
    expect(formatScientific(0)).toBe('0.000000e+00');
    expect(formatScientific(1.5e123)).toBe('1.500000e+123');
  });

  it('prints undefined ratios as a dash', () => {
    expect(formatRatio(Number.NaN)).toBe('–');
    expect(formatRatio(1.956)).toBe('1.96');
  });

  it('exports a CSV with a header and one line per row', () => {
    const csv = sweepToCsv({ kernel: 'integrate', n: 2000, workers: [1, 2], repeats: 3, seed: 1 }, [
      { workers: 1, time: summarize([10, 11, 12]), speedup: 1, efficiency: 1, result: 1e-17 },
      { workers: 2, time: summarize([5, 6, 9]), speedup: 11 / 6, efficiency: 11 / 12, result: 2e-12 },
    ], 2);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kernel,n,seed,repeats,workers,median_ms,min_ms,max_ms,speedup,efficiency,result,noisy,cores');
    expect(lines[2]).toBe('integrate,2000,1,3,2,6.000,5.000,9.000,1.8333,0.9167,2.000000e-12,yes,2');
    expect(lines).toHaveLength(3);
  });
});
