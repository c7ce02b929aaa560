import { describe, expect, it } from 'vitest';
import { compactIndices, parseArraySpec } from './job-array.ts';

describe('parseArraySpec', () => {
  it('reads indices, ranges, steps and the throttle', () => {
    expect(parseArraySpec('0-15:4%2')).toEqual({ ok: true, value: { indices: [0, 4, 8, 12], throttle: 2, text: '0-15:4%2' } });
    expect(parseArraySpec('1,3,5-7')).toMatchObject({ ok: true, value: { indices: [1, 3, 5, 6, 7], throttle: null } });
    expect(parseArraySpec('0-3%0')).toMatchObject({ ok: true, value: { throttle: null } });
  });
  it('refuses backwards ranges, indices past MaxArraySize and words', () => {
    for (const t of ['3-1', '0-2000', '1,x', '1-3%a', '']) expect(parseArraySpec(t).ok).toBe(false);
  });
  it('writes indices compactly', () => {
    expect(compactIndices([2, 3, 4, 5, 7])).toBe('2-5,7');
  });
});
