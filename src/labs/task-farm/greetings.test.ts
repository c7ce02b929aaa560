import { describe, expect, it } from 'vitest';
import { GREETINGS, idealFarmSeconds } from './greetings.ts';

describe('greetings task farm', () => {
  it('has the 20 greetings of the course', () => {
    expect(GREETINGS).toHaveLength(20);
    expect(new Set(GREETINGS).size).toBe(20);
  });
  it('20 one-second tasks take 20 s one at a time and 3 s eight at a time', () => {
    expect(idealFarmSeconds(20, 1, 1)).toBe(20);
    expect(idealFarmSeconds(20, 1, 8)).toBe(3);
    expect(idealFarmSeconds(20, 1, 20)).toBe(1);
    expect(() => idealFarmSeconds(20, 1, 0)).toThrow(RangeError);
  });
});
