import { describe, expect, it } from 'vitest';
import { combineSamples, piEstimate, samplePi, splitDarts } from './monte-carlo-pi.ts';
import { streamGenerator, Xoshiro128 } from './xoshiro128.ts';

describe('xoshiro128** streams', () => {
  it('is reproducible for the same seed and stream', () => {
    const a = streamGenerator(42, 3);
    const b = streamGenerator(42, 3);
    for (let i = 0; i < 1000; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('gives different sequences for different streams and seeds', () => {
    const first = (seed: number, stream: number) => Array.from({ length: 8 }, ((g) => () => g.nextUint32())(streamGenerator(seed, stream)));
    const s0 = first(7, 0);
    const s1 = first(7, 1);
    const s2 = first(7, 2);
    const t0 = first(8, 0);
    expect(s0).not.toEqual(s1);
    expect(s1).not.toEqual(s2);
    expect(s0).not.toEqual(t0);
  });

  it('streams do not overlap over a long window (no shared outputs in 200k draws of 32-bit words)', () => {
    const seen = new Set<number>();
    const a = streamGenerator(1, 0);
    for (let i = 0; i < 100_000; i++) seen.add(a.nextUint32());
    const b = streamGenerator(1, 1);
    let collisions = 0;
    for (let i = 0; i < 100_000; i++) if (seen.has(b.nextUint32())) collisions++;
    // Two independent uniform streams collide by chance about 100k * 100k / 2^32 ~ 2.3 times.
    expect(collisions).toBeLessThan(20);
  });

  it('streams are uncorrelated: correlation of paired draws near 0', () => {
    const a = streamGenerator(99, 0);
    const b = streamGenerator(99, 1);
    const n = 200_000;
    let sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
    for (let i = 0; i < n; i++) {
      const x = a.nextDouble();
      const y = b.nextDouble();
      sa += x; sb += y; sab += x * y; saa += x * x; sbb += y * y;
    }
    const cov = sab / n - (sa / n) * (sb / n);
    const r = cov / Math.sqrt((saa / n - (sa / n) ** 2) * (sbb / n - (sb / n) ** 2));
    expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('produces doubles in [0, 1) with mean 1/2', () => {
    const g = new Xoshiro128(5);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = g.nextDouble();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it('jump changes the state and is deterministic', () => {
    const g = new Xoshiro128(3);
    const before = g.state();
    g.jump();
    expect(g.state()).not.toEqual(before);
    const h = new Xoshiro128(3);
    h.jump();
    expect(h.state()).toEqual(g.state());
  });

  it('rejects bad seeds and streams', () => {
    expect(() => new Xoshiro128(1.5)).toThrow(RangeError);
    expect(() => streamGenerator(1, -1)).toThrow(RangeError);
  });
});

describe('Monte Carlo pi', () => {
  it('is reproducible for the same seed, n and decomposition', () => {
    const run = () => splitDarts(100_000, 4).map((n, k) => samplePi(n, 2024, k));
    expect(run()).toEqual(run());
  });

  it('draws exactly the sequence of Xoshiro128.nextDouble (the inlined loop matches the generator)', () => {
    for (const [seed, stream, n] of [[1, 0, 1000], [12345, 3, 5000], [2 ** 40 + 7, 9, 777]] as const) {
      const g = streamGenerator(seed, stream);
      let inside = 0;
      for (let i = 0; i < n; i++) {
        const x = g.nextDouble();
        const y = g.nextDouble();
        if (x * x + y * y < 1) inside++;
      }
      expect(samplePi(n, seed, stream)).toEqual({ n, inside });
    }
  });

  it('differs between tasks (independent streams)', () => {
    expect(samplePi(10_000, 1, 0).inside).not.toBe(samplePi(10_000, 1, 1).inside);
  });

  it('estimates pi within 4 standard errors', () => {
    const total = combineSamples(splitDarts(4_000_000, 4).map((n, k) => samplePi(n, 12345, k)));
    const { estimate, standardError } = piEstimate(total);
    expect(total.n).toBe(4_000_000);
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * standardError);
  });

  it('splits darts evenly and exactly', () => {
    expect(splitDarts(10, 3)).toEqual([4, 3, 3]);
    expect(splitDarts(2, 4)).toEqual([1, 1, 0, 0]);
    expect(() => splitDarts(10, 0)).toThrow(RangeError);
    expect(() => samplePi(-1, 1, 0)).toThrow(RangeError);
  });
});
