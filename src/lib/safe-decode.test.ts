import { describe, expect, it } from 'vitest';
import { safeDecode } from './safe-decode.ts';

describe('safeDecode', () => {
  it('decodes good escapes and leaves malformed ones as they are', () => {
    expect(safeDecode('shared%20memory')).toBe('shared memory');
    expect(safeDecode('why-parallel%')).toBe('why-parallel%');
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
