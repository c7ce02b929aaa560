import { describe, expect, it } from 'vitest';
import { mulHiLo, philox4x32, philoxPiInside, PHILOX_M0, PHILOX_M1, PHILOX_W0, PHILOX_W1 } from './philox.ts';

const hex = (words: readonly number[]) => words.map((w) => w.toString(16).padStart(8, '0'));

describe('Philox4x32-10 (CPU twin of the WGSL generator)', () => {
  it('matches the known-answer vectors of Random123 (kat_vectors, philox4x32 10 rounds)', () => {
    expect(hex(philox4x32([0, 0, 0, 0], [0, 0]))).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    expect(hex(philox4x32([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff]))).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    expect(hex(philox4x32([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]))).toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('splits the 64-bit product into 16-bit halves exactly', () => {
    for (const [a, b] of [[0xffffffff, 0xffffffff], [0xd2511f53, 0x12345678], [1, 0], [0x80000000, 2]] as const) {
      const exact = BigInt(a) * BigInt(b);
      expect(mulHiLo(a, b)).toEqual([Number(exact >> 32n), Number(exact & 0xffffffffn)]);
    }
  });

  it('is reproducible: the same counter and key give the same words', () => {
    expect(philox4x32([7, 0, 0, 0], [12345, 0])).toEqual(philox4x32([7, 0, 0, 0], [12345, 0]));
    expect(philoxPiInside(12345, 0, 5000)).toBe(philoxPiInside(12345, 0, 5000));
  });

  it('gives distinct streams for distinct keys and distinct blocks for distinct counters', () => {
    const words = new Set<number>();
    for (let c = 0; c < 500; c++) for (const w of philox4x32([c, 0, 0, 0], [1, 0])) words.add(w);
    expect(words.size).toBe(2000);
    const a = Array.from({ length: 64 }, (_, c) => philox4x32([c, 0, 0, 0], [1, 0])[0]);
    const b = Array.from({ length: 64 }, (_, c) => philox4x32([c, 0, 0, 0], [2, 0])[0]);
    const s = Array.from({ length: 64 }, (_, c) => philox4x32([c, 0, 0, 0], [1, 1])[0]);
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
    expect(a.filter((x, i) => x === s[i])).toEqual([]);
  });

  it('counts darts independently of how the range is split (the GPU splits it into invocations)', () => {
    const whole = philoxPiInside(9, 0, 10_001);
    expect(philoxPiInside(9, 0, 3_333) + philoxPiInside(9, 3_333, 5_000) + philoxPiInside(9, 8_333, 1_668)).toBe(whole);
    const estimate = (4 * whole) / 10_001;
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * 4 * Math.sqrt((0.785 * 0.215) / 10_001));
  });

  it('refuses a range outside the 32-bit counters', () => {
    expect(() => philoxPiInside(1, -1, 2)).toThrow(RangeError);
    expect(() => philoxPiInside(1, 0, 2 ** 33)).toThrow(RangeError);
  });
});

describe('the WGSL generator and its CPU twin', () => {
  it('share the Philox constants and the dart convention', async () => {
    const { readFileSync } = await import('node:fs');
    const wgsl = readFileSync(new URL('./shaders/philox.wgsl', import.meta.url), 'utf8');
    const pi = readFileSync(new URL('./shaders/pi.wgsl', import.meta.url), 'utf8');
    const constant = (name: string) => Number.parseInt(new RegExp(`const ${name}: u32 = 0x([0-9a-f]+)u;`).exec(wgsl)?.[1] ?? 'NaN', 16);
    expect([constant('PHILOX_M0'), constant('PHILOX_M1'), constant('PHILOX_W0'), constant('PHILOX_W1')]).toEqual([PHILOX_M0, PHILOX_M1, PHILOX_W0, PHILOX_W1]);
    expect(wgsl).toMatch(/round < 10u/);
    // Counter (pair, 0, 0, 0), key (seed, 0), top 24 bits of each word, x² + y² < 2^48.
    expect(pi).toMatch(/philox4x32_10\(vec4<u32>\(pair, 0u, 0u, 0u\), vec2<u32>\(params\.seed, 0u\)\)/);
    expect(pi).toMatch(/inside\(r\.x >> 8u, r\.y >> 8u\)/);
    expect(pi).toMatch(/inside\(r\.z >> 8u, r\.w >> 8u\)/);
    expect(pi).toMatch(/hi < 0x10000u/);
  });
});
