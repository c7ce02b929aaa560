import { describe, expect, it } from 'vitest';
import { parseInteger, parseSizes } from './lab-inputs.ts';

describe('parseInteger', () => {
  it('accepts thousands separators', () => {
    expect(parseInteger('1_000_000', 'Stars', 1, 2e6)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseInteger(' 1,000 ', 'Stars', 1, 2e6)).toEqual({ ok: true, value: 1000 });
  });
  it('names the field and the range in its messages', () => {
    expect(parseInteger('', 'Bins', 1, 256)).toEqual({ ok: false, error: 'Bins is required.' });
    expect(parseInteger('2.5', 'Bins', 1, 256)).toEqual({ ok: false, error: 'Bins must be a whole number.' });
    expect(parseInteger('0', 'Bins', 1, 256)).toEqual({ ok: false, error: 'Bins must be from 1 to 256.' });
    expect(parseInteger('abc', 'Bins', 1, 256).ok).toBe(false);
  });
});

describe('parseSizes', () => {
  it('returns sizes ascending', () => {
    expect(parseSizes('500000, 125_000 250000', 'Sizes', 1000, 2e6)).toEqual({ ok: true, value: [125_000, 250_000, 500_000] });
  });
  it('rejects empty lists, repeats, bad entries and too many sizes', () => {
    expect(parseSizes(' ', 'Sizes', 1, 10)).toMatchObject({ ok: false, error: 'Sizes: give at least one size.' });
    expect(parseSizes('5, 5', 'Sizes', 1, 10)).toMatchObject({ ok: false, error: 'Sizes: a size is repeated.' });
    expect(parseSizes('5, x', 'Sizes', 1, 10)).toMatchObject({ ok: false, error: 'Sizes: "x" is not a whole number from 1 to 10.' });
    expect(parseSizes('1 2 3', 'Sizes', 1, 10, 2)).toMatchObject({ ok: false, error: 'Sizes: at most 2 sizes.' });
  });
});
