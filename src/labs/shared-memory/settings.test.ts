import { describe, expect, it } from 'vitest';
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { queryFromSettings, settingsFromQuery } from '../kit/settings.ts';
import { movingSettings, raceSettings, sumsSettings, RACE_MAX_WORKERS } from './settings.ts';

const env = { cores: 4 };

describe('shared partial sums settings', () => {
  it('accepts the defaults', () => {
    expect(sumsSettings.validate(sumsSettings.defaults(env), env).params).toEqual({ n: 10_000, workers: 4 });
  });
  it('reads 1_000 and 1e3, refuses 1,000', () => {
    expect(sumsSettings.validate({ n: '1_000', workers: '2' }, env).params).toEqual({ n: 1000, workers: 2 });
    expect(sumsSettings.validate({ n: '1e3', workers: '2' }, env).params).toEqual({ n: 1000, workers: 2 });
    const r = sumsSettings.validate({ n: '1,000', workers: '2' }, env);
    expect(r.params).toBeNull();
    expect(r.errors.n).toMatch(/write 1000 or 1_000/);
  });
  it('names the field and the limit in its messages', () => {
    expect(sumsSettings.validate({ n: '3', workers: '2' }, env).errors.n).toBe('The grid size n must be at least 4.');
    expect(sumsSettings.validate({ n: '50000', workers: '2' }, env).errors.n).toBe('The grid size n must be at most 40,000.');
    expect(sumsSettings.validate({ n: '100', workers: String(MAX_WORKERS + 1) }, env).errors.workers).toBe(`At most ${MAX_WORKERS} workers.`);
    expect(sumsSettings.validate({ n: '', workers: '2' }, env).errors.n).toBe('Enter the grid size n.');
    expect(sumsSettings.validate({ n: '2.5', workers: '2' }, env).errors.n).toMatch(/whole number/);
  });
  it('round-trips through a lab link', () => {
    const q = queryFromSettings(sumsSettings, { n: '2000', workers: '3' }, true);
    expect(q).toBe('n=2000&workers=3&autorun=1');
    const link = settingsFromQuery(sumsSettings, new URLSearchParams(q));
    expect(link).toMatchObject({ raw: { n: '2000', workers: '3' }, autorun: true, errors: {}, unknown: [] });
  });
});

describe('moving data settings', () => {
  it('returns sizes ascending and accepts 1_000 style and 1e3 style entries', () => {
    expect(movingSettings.validate({ sizes: '500000, 125_000 2.5e5', workers: '2', repeats: '3' }, env).params).toEqual({
      sizes: [125_000, 250_000, 500_000],
      workers: 2,
      repeats: 3,
    });
  });
  it('refuses empty entries, repeats, bad entries, too many sizes and 1,000', () => {
    const sizes = (s: string) => movingSettings.validate({ sizes: s, workers: '2', repeats: '3' }, env).errors.sizes;
    expect(sizes(' ')).toMatch(/at least one/);
    expect(sizes('5000,,6000')).toMatch(/empty entry/);
    expect(sizes('5000, 5000')).toBe('5000 is listed twice.');
    expect(sizes('1000, lots')).toBe('"lots" is not a whole catalogue size.');
    expect(sizes('999')).toMatch(/at least 1,000/);
    expect(sizes('1000 2000 3000 4000 5000 6000 7000 8000 9000')).toBe('List at most 8 catalogue sizes.');
    // "1,000" is two entries, 1 and 000: refused as too small rather than read as a thousand.
    expect(sizes('1,000')).toMatch(/too small/);
  });
  it('limits the repeats by MAX_REPEATS', () => {
    expect(movingSettings.validate({ sizes: '1000', workers: '2', repeats: String(MAX_REPEATS + 1) }, env).errors.repeats).toBe(`At most ${MAX_REPEATS} repeats.`);
  });
  it('defaults to between 2 and 4 workers', () => {
    expect(movingSettings.defaults({ cores: 1 }).workers).toBe('2');
    expect(movingSettings.defaults({ cores: 16 }).workers).toBe('4');
  });
});

describe('histogram race settings', () => {
  const base = { workers: '2', bins: '4', increments: '1000', trials: '3' };
  it('accepts valid settings (Node has shared memory, so trials count)', () => {
    expect(raceSettings.validate(base, env).params).toEqual({ workers: 2, bins: 4, increments: 1000, trials: 3 });
    expect(raceSettings.validate({ ...base, increments: '3_000_000' }, env).params?.increments).toBe(3_000_000);
    expect(raceSettings.validate({ ...base, increments: '3e6' }, env).params?.increments).toBe(3_000_000);
    expect(raceSettings.validate({ ...base, increments: '3,000,000' }, env).errors.increments).toMatch(/write 3000000 or 3_000_000/);
  });
  it('names the field and the range', () => {
    expect(raceSettings.validate({ ...base, bins: '0' }, env).errors.bins).toBe('Bins must be at least 1.');
    expect(raceSettings.validate({ ...base, bins: '257' }, env).errors.bins).toBe('Bins must be at most 256.');
    expect(raceSettings.validate({ ...base, workers: String(RACE_MAX_WORKERS + 1) }, env).errors.workers).toBe(`At most ${RACE_MAX_WORKERS} workers.`);
    expect(raceSettings.validate({ ...base, trials: '0' }, env).errors.trials).toBe('At least 1 trial.');
  });
});
