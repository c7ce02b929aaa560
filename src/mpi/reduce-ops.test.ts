import { describe, expect, it } from 'vitest';
import { applyPredefined, foldInRankOrder, foldTree } from './reduce-ops.ts';
import { integrate2dRows } from '../kernels/integrate2d.ts';
import { blockRows } from '../kernels/decomposition.ts';

/** The partial integrals of the course's 2D integral on `p` ranks (blockRows split). */
const partials = (n: number, p: number) => Array.from({ length: p }, (_, k) => {
  const { begin, end } = blockRows(n, p, k);
  return integrate2dRows(n, begin, end);
});

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

describe('foldTree (mpi4py\'s binomial tree)', () => {
  const paren = (x: unknown, y: unknown) => `(${String(x)}${String(y)})`;
  it('groups 1..8 ranks as mpi4py\'s reduce does, keeping the operands in rank order', () => {
    expect(['a'].map((v) => foldTree([v], paren))).toEqual(['a']);
    expect(foldTree([...'ab'], paren)).toBe('(ab)');
    expect(foldTree([...'abc'], paren)).toBe('((ab)c)');
    expect(foldTree([...'abcd'], paren)).toBe('((ab)(cd))');
    expect(foldTree([...'abcde'], paren)).toBe('(((ab)(cd))e)');
    expect(foldTree([...'abcdef'], paren)).toBe('(((ab)(cd))(ef))');
    expect(foldTree([...'abcdefg'], paren)).toBe('(((ab)(cd))((ef)g))');
    expect(foldTree([...'abcdefgh'], paren)).toBe('(((ab)(cd))((ef)(gh)))');
  });

  it('the issue\'s figures for the 2D integral: the order shows in the last digits', () => {
    const p4 = partials(1000, 4);
    expect((foldTree(p4, 'SUM') as number).toExponential(6)).toBe('-6.528111e-14');
    expect((foldInRankOrder(p4, 'SUM') as number).toExponential(6)).toBe('-6.505907e-14');
    const p7 = partials(10000, 7); // 10^8 sines: about a second
    expect((foldTree(p7, 'SUM') as number).toExponential(6)).toBe('6.039613e-13');
    expect((foldInRankOrder(p7, 'SUM') as number).toExponential(6)).toBe('6.042944e-13');
  });

  it('rejects an empty list', () => {
    expect(() => foldTree([], 'SUM')).toThrow(/nothing to reduce/);
  });
});
