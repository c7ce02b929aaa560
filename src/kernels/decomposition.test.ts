import { describe, expect, it } from 'vitest';
import { blockRows, decompose } from './decomposition.ts';

describe('block decomposition', () => {
  it('gives every row to exactly one worker, for many n and p', () => {
    for (let n = 0; n <= 120; n++) {
      for (let p = 1; p <= 20; p++) {
        const owner = new Array<number>(n).fill(0);
        const blocks = decompose(n, p);
        expect(blocks).toHaveLength(p);
        blocks.forEach(({ begin, end }, rank) => {
          expect(begin).toBeLessThanOrEqual(end);
          if (rank > 0) expect(begin).toBe(blocks[rank - 1]!.end);
          for (let i = begin; i < end; i++) owner[i]!++;
        });
        expect(owner.every((c) => c === 1)).toBe(true);
      }
    }
  });

  it('balances blocks to within one row', () => {
    for (const [n, p] of [[10_000, 3], [10_000, 7], [997, 12], [5, 8]] as const) {
      const sizes = decompose(n, p).map((b) => b.end - b.begin);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it("matches the course's int(n/p*k) bounds", () => {
    expect(decompose(10_000, 4)).toEqual([
      { begin: 0, end: 2500 }, { begin: 2500, end: 5000 }, { begin: 5000, end: 7500 }, { begin: 7500, end: 10_000 },
    ]);
    expect(blockRows(10, 3, 1)).toEqual({ begin: 3, end: 6 });
  });

  it('covers the last row even where n/p*p rounds below n', () => {
    for (let n = 1; n < 2000; n++) for (const p of [3, 6, 7, 11, 13]) expect(blockRows(n, p, p - 1).end).toBe(n);
  });

  it('rejects invalid arguments', () => {
    expect(() => blockRows(10, 0, 0)).toThrow(RangeError);
    expect(() => blockRows(10, 2, 2)).toThrow(RangeError);
    expect(() => blockRows(-1, 2, 0)).toThrow(RangeError);
    expect(() => blockRows(10, 2, 0.5)).toThrow(RangeError);
  });
});
