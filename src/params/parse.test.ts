import { describe, expect, it } from 'vitest';
import { autorunFlag, choice, numberList, parseWhole, splitList, wholeNumber } from './parse.ts';

describe('the number rule', () => {
  it.each([
    ['10000', 10000],
    [' 42 ', 42],
    ['-3', -3],
    ['1_000_000', 1_000_000],
    ['1e6', 1_000_000],
    ['2.5e7', 25_000_000],
    ['3E+8', 300_000_000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseWhole(text, 'n')).toEqual({ ok: true, value });
  });

  it.each([
    ['1,000', /write 1000 or 1_000/],
    ['1,000,000', /write 1000000 or 1_000_000/],
    ['1.5', /whole number/],
    ['1.5e0', /whole number/],
    ['0x10', /whole number/],
    ['1 000', /whole number/],
    ['1__000', /whole number/],
    ['_1', /whole number/],
    ['abc', /whole number/],
    ['', /Enter n/],
    ['1e400', /too large|whole number/],
    ['9007199254740993', /too large/],
  ])('refuses %j', (text, message) => {
    const r = parseWhole(text, 'n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('wholeNumber enforces its range with the given or default messages', () => {
    const s = wholeNumber('the number of repeats', { min: 1, max: 20 });
    expect(s.parse('20')).toBe(20);
    expect(s.safeParse('0').error?.issues[0]?.message).toBe('The number of repeats must be at least 1.');
    expect(s.safeParse('21').error?.issues[0]?.message).toBe('The number of repeats must be at most 20.');
    const custom = wholeNumber('n', { min: 1, max: 10, tooLarge: 'Too big.' });
    expect(custom.safeParse('11').error?.issues[0]?.message).toBe('Too big.');
  });
});

describe('lists', () => {
  it('splits on commas and spaces, refusing empty entries', () => {
    expect(splitList('1, 2 4', 'count')).toEqual({ ok: true, value: ['1', '2', '4'] });
    for (const bad of ['1,,2', ',1', '1,', ' , ']) expect(splitList(bad, 'count').ok).toBe(false);
  });

  it('numberList checks each entry, repeats and counts, and sorts', () => {
    const s = numberList('size', { min: 1, max: 100, maxCount: 3 });
    expect(s.parse('30 1_0,2')).toEqual([2, 10, 30]);
    expect(s.safeParse('1,1').error?.issues[0]?.message).toMatch(/twice/);
    expect(s.safeParse('1,200').error?.issues[0]?.message).toMatch(/200 is too large/);
    expect(s.safeParse('1,2,3,4').error?.issues[0]?.message).toMatch(/at most 3/);
    expect(s.safeParse('1,x').error?.issues[0]?.message).toMatch(/"x" is not a whole size/);
  });
});

describe('choices and flags', () => {
  it('choice accepts exact values and gives the message otherwise', () => {
    const s = choice(['a', 'b'], 'Choose a or b.');
    expect(s.parse(' a ')).toBe('a');
    expect(s.safeParse('c').error?.issues[0]?.message).toBe('Choose a or b.');
  });

  it('autorun is 1/true or 0/false/empty', () => {
    expect(autorunFlag.parse('1')).toBe(true);
    expect(autorunFlag.parse('true')).toBe(true);
    expect(autorunFlag.parse('0')).toBe(false);
    expect(autorunFlag.parse('')).toBe(false);
    expect(autorunFlag.safeParse('yes').success).toBe(false);
  });
});
