import { describe, expect, it } from 'vitest';
import { combineInRankOrder, integrate2d, integrate2dRows } from './integrate2d.ts';
import { decompose } from './decomposition.ts';

/** Formats as Python's "%e" does, to compare with the course's printed figures. */
const pyE = (x: number) => x.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');

describe('integrate2d (midpoint rule for sin(x+y) over [0,pi]^2)', () => {
  it('reproduces the course serial figure -7.117752e-17 for n = 10000', () => {
    expect(pyE(integrate2d(10_000, 1))).toBe('-7.117752e-17');
  });

  it('reproduces the course 4-worker figure 4.492851e-12 for n = 10000 (blocks added in rank order)', () => {
    expect(pyE(integrate2d(10_000, 4))).toBe('4.492851e-12');
  });

  it('converges to the exact value 0 with second-order error on a coarse grid', () => {
    // For this integrand the discrete midpoint sum is exactly zero, so only rounding is left: cell
    // (i, j) and cell (n-1-i, n-1-j) cancel, since x + y becomes 2*pi - (x + y) and sin(2*pi - s) = -sin(s).
    // Single rows do not sum to zero (row i sums to about (2n/pi)·cos(x_i), of order n).
    expect(Math.abs(integrate2d(64))).toBeLessThan(1e-13);
  });

  it('partial integrals of the blocks add up to the whole', () => {
    const n = 300;
    const partials = decompose(n, 7).map(({ begin, end }) => integrate2dRows(n, begin, end));
    expect(combineInRankOrder(partials)).toBeCloseTo(integrate2dRows(n, 0, n), 12);
  });

  it('integrates a quarter of the square to a known value', () => {
    // Rows [0, n/2) cover x in [0, pi/2]: integral of sin(x+y) over [0,pi/2]x[0,pi] = 2.
    expect(integrate2dRows(2000, 0, 1000)).toBeCloseTo(2, 5);
  });

  it('rejects blocks outside the grid and bad n', () => {
    expect(() => integrate2dRows(10, 5, 11)).toThrow(RangeError);
    expect(() => integrate2dRows(10, 6, 5)).toThrow(RangeError);
    expect(() => integrate2dRows(0, 0, 0)).toThrow(RangeError);
    expect(() => integrate2dRows(2.5, 0, 1)).toThrow(RangeError);
  });
});
