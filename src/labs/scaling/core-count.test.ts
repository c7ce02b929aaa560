import { describe, expect, it } from 'vitest';
import { summarize } from '../../measure/stats.ts';
import { coreCountSettings, fastestCount } from './core-count.ts';

describe('fastestCount', () => {
  it('picks the lowest median and the counts whose spread overlaps it', () => {
    const rows = [
      { workers: 1, time: summarize([400, 410, 420]) },
      { workers: 2, time: summarize([205, 210, 230]) },
      { workers: 4, time: summarize([215, 220, 260]) },
      { workers: 8, time: summarize([240, 250, 255]) },
    ];
    expect(fastestCount(rows)).toEqual({ fastest: 2, medianMs: 210, tied: [2, 4] });
  });
  it('returns null without rows', () => {
    expect(fastestCount([])).toBeNull();
  });
});

const validateExercise = (n: string, repeats: string) => coreCountSettings.validate({ n, repeats }, { cores: 2 });

describe('coreCountSettings', () => {
  it('accepts the course grid', () => {
    expect(coreCountSettings.defaults({ cores: 2 })).toEqual({ n: '5000', repeats: '3' });
    expect(validateExercise('5000', '3')).toEqual({ params: { n: 5000, repeats: 3 }, errors: {} });
  });
  it('gives a message per bad field', () => {
    expect(validateExercise('abc', '3').errors.n).toMatch(/whole number/);
    expect(validateExercise('10', '3').errors.n).toMatch(/at least 100/);
    expect(validateExercise('99999', '3').errors.n).toMatch(/At most 15,000/);
    expect(validateExercise('5000', '0').errors.repeats).toMatch(/at least 1/);
    expect(validateExercise('5000', '11').errors).toEqual({ repeats: 'At most 10 repeats.' });
  });
  it('follows the one number rule: 1,000 is refused, 1_000 and 1e3 accepted', () => {
    expect(validateExercise('1,000', '3').errors.n).toMatch(/write 1000 or 1_000/);
    expect(validateExercise('1_000', '3').params?.n).toBe(1000);
    expect(validateExercise('1e3', '3').params?.n).toBe(1000);
  });
});
