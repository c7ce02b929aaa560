import { describe, expect, it } from 'vitest';
import { applyPredefined, foldInRankOrder } from './reduce-ops.ts';

describe('predefined operators', () => {
  it('combine numbers, bigints, arrays and typed arrays element-wise', () => {
    expect(applyPredefined('SUM', 2, 3)).toBe(5);
    expect(applyPredefined('PROD', 2n, 3n)).toBe(6n);
    expect(applyPredefined('MAX', [1, 5], [4, 2])).toEqual([4, 5]);
    const m = applyPredefined('MIN', new Float32Array([1, 5]), new Float32Array([4, 2]));
    expect(m).toBeInstanceOf(Float32Array);
    expect(Array.from(m as Float32Array)).toEqual([1, 2]);
  });

  it('say what is wrong with bad operands', () => {
    expect(() => applyPredefined('SUM', 'a', 'b')).toThrow(/cannot combine a string/);
    expect(() => applyPredefined('SUM', [1], [1, 2])).toThrow(/lengths 1 and 2/);
  });
});

describe('foldInRankOrder', () => {
  it('applies a non-commutative custom operator in rank order', () => {
    expect(foldInRankOrder(['a', 'b', 'c'], (x, y) => `(${String(x)}${String(y)})`)).toBe('((ab)c)');
  });

  it('adds floating-point partial sums left to right, like the course', () => {
    const parts = [1e16, 1, -1e16, 1];
    expect(foldInRankOrder(parts, 'SUM')).toBe(((1e16 + 1) - 1e16) + 1);
  });

  it('rejects an empty list and unknown operators', () => {
    expect(() => foldInRankOrder([], 'SUM')).toThrow(/nothing to reduce/);
    expect(() => foldInRankOrder([1, 2], 'AVG' as never)).toThrow(/unknown reduction operator/);
  });
});
