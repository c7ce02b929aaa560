import { describe, expect, it } from 'vitest';
import { idealWallMs } from './ideal.ts';

describe('idealWallMs', () => {
  it('is ceil(tasks / slots) x task time: the course sleep demo and the I/O lab', () => {
    expect(idealWallMs(4, 1000, 1)).toBe(4000);
    expect(idealWallMs(4, 1000, 4)).toBe(1000);
    expect(idealWallMs(5, 1000, 4)).toBe(2000);
    expect(idealWallMs(4, 1000, 8)).toBe(1000);
    expect(idealWallMs(9, 250, 4)).toBe(750);
  });

  it('refuses nonsense', () => {
    expect(() => idealWallMs(0, 1000, 1)).toThrow(RangeError);
    expect(() => idealWallMs(4, 0, 1)).toThrow(RangeError);
    expect(() => idealWallMs(4, 1000, 1.5)).toThrow(RangeError);
  });
});
