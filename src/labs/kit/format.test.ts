import { describe, expect, it } from 'vitest';
import { formatBytes, formatFixed, formatCompact, formatCount, formatDuration, formatMs, formatPercent, formatRatio, formatScientific, plural } from './format.ts';

describe('formatting', () => {
  it('prints results like Python %e with 7 significant digits', () => {
    expect(formatScientific(-7.117752e-17)).toBe('-7.117752e-17');
    expect(formatScientific(4.4928514e-12)).toBe('4.492851e-12');
    expect(formatScientific(Math.PI)).toBe('3.141593e+00');
    expect(formatScientific(0)).toBe('0.000000e+00');
    expect(formatScientific(1.5e123)).toBe('1.500000e+123');
  });

  it('prints times, ratios, percentages and counts with English grouping', () => {
    expect(formatMs(850.26)).toBe('850.3');
    expect(formatMs(12345.6)).toBe('12,346');
    expect(formatRatio(1.956)).toBe('1.96');
    expect(formatRatio(Number.NaN)).toBe('–');
    expect(formatPercent(0.953)).toBe('95%');
    expect(formatCount(30_000_000)).toBe('30,000,000');
    expect(formatFixed(Math.PI, 4)).toBe('3.1416');
    expect(formatBytes(800)).toBe('800 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(8 * 1024 * 1024)).toBe('8.0 MB');
    expect(formatFixed(1234.5, 1)).toBe('1,234.5');
    expect(formatCompact(30_000_000)).toBe('30M');
    expect(plural(1, 'worker')).toBe('1 worker');
    expect(plural(4, 'worker')).toBe('4 workers');
  });

  it('prints durations for people', () => {
    expect(formatDuration(0.25)).toBe('250 µs');
    expect(formatDuration(8.5)).toBe('8.50 ms');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1200)).toBe('1.20 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(Number.NaN)).toBe('–');
  });
});
