import { describe, expect, it } from 'vitest';
import { expand, fillPattern, matchPattern, wildcardNames } from './patterns.ts';

describe('wildcard patterns', () => {
  it('matches a file and fixes the wildcards', () => {
    expect(matchPattern('processed_data/{book}.dat', 'processed_data/book01.dat')).toEqual({ book: 'book01' });
    expect(matchPattern('processed_data/{book}.dat', 'results/book01.dat')).toBeNull();
    expect(matchPattern('results/summary.csv', 'results/summary.csv')).toEqual({});
  });
  it('requires a repeated wildcard to take one value, and one or more characters', () => {
    expect(matchPattern('{a}/{a}.txt', 'x/x.txt')).toEqual({ a: 'x' });
    expect(matchPattern('{a}/{a}.txt', 'x/y.txt')).toBeNull();
    expect(matchPattern('data/{book}.txt', 'data/.txt')).toBeNull();
  });
  it('escapes regex characters in the fixed parts', () => {
    expect(matchPattern('a+b/{x}.(1)', 'a+b/q.(1)')).toEqual({ x: 'q' });
    expect(matchPattern('a+b/{x}.(1)', 'aab/q.(1)')).toBeNull();
  });
  it('fills and expands like Snakemake', () => {
    expect(wildcardNames('a/{x}_{y}_{x}')).toEqual(['x', 'y']);
    expect(fillPattern('plots/{book}.svg', { book: 'b2' })).toBe('plots/b2.svg');
    expect(() => fillPattern('plots/{book}.svg', {}, 'rule plot')).toThrow(/\{book\}.*rule plot/);
    expect(expand('r/{a}_{b}', { a: ['1', '2'], b: ['x', 'y'] })).toEqual(['r/1_x', 'r/1_y', 'r/2_x', 'r/2_y']);
    expect(() => expand('r/{a}', {})).toThrow(/no values for \{a\}/);
  });
});
