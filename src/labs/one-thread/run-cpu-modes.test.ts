import { describe, expect, it } from 'vitest';
import { TARGET_MS, resizedGrid } from './run-cpu-modes.ts';

describe('resizedGrid', () => {
  it('keeps the grid when the run took about the target time', () => {
    expect(resizedGrid(8000, 8000, TARGET_MS)).toBeNull();
    expect(resizedGrid(8000, 8000, 1.2 * TARGET_MS)).toBeNull();
  });
  it('shrinks the grid from the achieved rate when the run was slow or cut short', () => {
    // Half the rows in twice the target: a quarter of the rate, so n halves.
    const n = resizedGrid(8000, 4000, 2 * TARGET_MS);
    expect(n).not.toBeNull();
    expect(Math.abs(n! - 4000)).toBeLessThanOrEqual(8);
  });
});
