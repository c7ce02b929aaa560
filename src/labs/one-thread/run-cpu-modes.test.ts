import { describe, expect, it } from 'vitest';
import { TARGET_MS, resizedGrid } from './run-cpu-modes.ts';

describe('resizedGrid', () => {
  it('keeps the grid when the run finished, even slowly', () => {
    expect(resizedGrid(8000, 8000, TARGET_MS, false)).toBeNull();
    expect(resizedGrid(8000, 8000, 1.4 * TARGET_MS, false)).toBeNull();
  });
  it('shrinks the grid from the achieved rate when the guard cut the run short', () => {
    // Half the rows in twice the target: a quarter of the rate, so n halves.
    const n = resizedGrid(8000, 4000, 2 * TARGET_MS, true);
    expect(n).not.toBeNull();
    expect(Math.abs(n! - 4000)).toBeLessThanOrEqual(8);
  });
});
