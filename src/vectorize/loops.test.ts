import { describe, expect, it } from 'vitest';
import { BREAKERS, prepareLoop, SIMD_BREAKERS, VECTOR_ADD_FORMS, breakerInputs, type LoopId } from './loops.ts';
import { timeLoop } from './time-loop.ts';

async function resultOf(id: LoopId, n: number): Promise<Float64Array> {
  const loop = await prepareLoop(id, n);
  loop.run();
  loop.run(); // running twice changes nothing
  return loop.result();
}

describe('the vector add in four forms', () => {
  for (const n of [1, 2, 3, 10_000, 10_001]) {
    it(`gives the same c, element for element, for n = ${n}`, async () => {
      const expected = Float64Array.from({ length: n }, (_, i) => 2 * i);
      for (const form of VECTOR_ADD_FORMS) expect(await resultOf(`add-${form}`, n), form).toEqual(expected);
    });
  }
});

describe('the vectorization breakers', () => {
  for (const n of [1, 2, 3, 4, 5, 4096, 10_001]) {
    it(`compute what the plain loop computes, scalar and SIMD, for n = ${n}`, async () => {
      const { a, b } = breakerInputs(n);
      const plain = await resultOf('plain-wasm', n);
      expect(plain).toEqual(Float64Array.from(b, (y, i) => y + Math.abs(a[i]!)));
      const total = plain.reduce((s, v) => s + v, 0);
      for (const breaker of BREAKERS) {
        for (const kind of ['wasm', 'simd'] as const) {
          if (kind === 'simd' && !SIMD_BREAKERS.includes(breaker)) continue;
          const got = await resultOf(`${breaker}-${kind}`, n);
          if (breaker === 'dependency') expect(got, `${breaker}-${kind}`).toEqual(Float64Array.of(total));
          else expect(got, `${breaker}-${kind}`).toEqual(plain);
        }
      }
    });
  }

  it('take random signs, so the branch goes both ways', () => {
    const { a } = breakerInputs(4096);
    const positive = a.filter((x) => x > 0).length;
    expect(positive).toBeGreaterThan(1800);
    expect(positive).toBeLessThan(2300);
  });

  it('refuse a SIMD form of the call loop and bad lengths', async () => {
    await expect(prepareLoop('call-simd', 10)).rejects.toThrow(/no SIMD form/);
    await expect(prepareLoop('plain-wasm', 0)).rejects.toThrow(RangeError);
    await expect(prepareLoop('plain-wasm', 1.5)).rejects.toThrow(RangeError);
  });
});

describe('timeLoop', () => {
  it('calibrates the inner repeats and reports times per loop and per element', async () => {
    const t = await timeLoop('add-simd', 10_000, 3, 5);
    expect(t.inner).toBeGreaterThan(1);
    expect(t.medianUs).toBeGreaterThan(0);
    expect(t.minUs).toBeLessThanOrEqual(t.medianUs);
    expect(t.nsPerElement).toBeCloseTo((1000 * t.medianUs) / 10_000, 9);
    expect(t.checksum).toBe(10_000 * 9_999);
    expect(t.head).toEqual([0, 2, 4, 6]);
  });
});
