import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../kernels/xoshiro128.ts';
import {
  amdahlSpeedup, fitAmdahl, fitGustafson, gustafsonSpeedup, karpFlatt, scaledSpeedup, type SpeedupPoint,
} from './amdahl.ts';

const COUNTS = [1, 2, 4, 8, 12, 14];

/** Speedups from `law` with multiplicative noise of up to +-`noise` (seeded, uniform). */
function noisyPoints(law: (f: number, p: number) => number, f: number, noise: number, seed: number): SpeedupPoint[] {
  const rng = new Xoshiro128(seed);
  return COUNTS.map((p) => ({ workers: p, speedup: law(f, p) * (1 + noise * (2 * rng.nextDouble() - 1)) }));
}

describe('amdahlSpeedup', () => {
  it('gives 1 on one worker, p with no serial part, and 1 with everything serial', () => {
    expect(amdahlSpeedup(0.3, 1)).toBe(1);
    expect(amdahlSpeedup(0, 8)).toBeCloseTo(8, 12);
    expect(amdahlSpeedup(1, 8)).toBe(1);
  });
  it('matches the textbook value and approaches 1/f', () => {
    expect(amdahlSpeedup(0.1, 4)).toBeCloseTo(1 / (0.1 + 0.9 / 4), 12); // 3.077
    expect(amdahlSpeedup(0.05, 1e9)).toBeCloseTo(20, 6);
  });
  it('rejects fractions outside [0, 1] and fewer than one worker', () => {
    expect(() => amdahlSpeedup(-0.1, 2)).toThrow(RangeError);
    expect(() => amdahlSpeedup(1.5, 2)).toThrow(RangeError);
    expect(() => amdahlSpeedup(Number.NaN, 2)).toThrow(RangeError);
    expect(() => amdahlSpeedup(0.1, 0)).toThrow(RangeError);
  });
});

describe('gustafsonSpeedup', () => {
  it('grows linearly with slope 1 - f', () => {
    expect(gustafsonSpeedup(0.1, 1)).toBe(1);
    expect(gustafsonSpeedup(0.1, 11)).toBeCloseTo(10, 12);
    expect(gustafsonSpeedup(0, 64)).toBe(64);
    expect(gustafsonSpeedup(1, 64)).toBe(1);
  });
  it('exceeds Amdahl for the same f and p > 1', () => {
    expect(gustafsonSpeedup(0.2, 8)).toBeGreaterThan(amdahlSpeedup(0.2, 8));
  });
});

describe('karpFlatt', () => {
  it('returns f on exact Amdahl data for every p', () => {
    for (const f of [0, 0.05, 0.3, 0.9]) {
      for (const p of [2, 4, 14, 128]) expect(karpFlatt(amdahlSpeedup(f, p), p)).toBeCloseTo(f, 10);
    }
  });
  it('is 0 for ideal speedup, 1 for none, negative when superlinear', () => {
    expect(karpFlatt(4, 4)).toBeCloseTo(0, 12);
    expect(karpFlatt(1, 4)).toBeCloseTo(1, 12);
    expect(karpFlatt(5, 4)).toBeLessThan(0);
  });
  it('is undefined on one worker and for a non-positive speedup', () => {
    expect(() => karpFlatt(1, 1)).toThrow(RangeError);
    expect(() => karpFlatt(0, 4)).toThrow(RangeError);
    expect(() => karpFlatt(Number.POSITIVE_INFINITY, 4)).toThrow(RangeError);
  });
});

describe('fitAmdahl', () => {
  it('recovers f exactly from noise-free data', () => {
    for (const f of [0, 0.02, 0.25, 0.5, 1]) {
      const fit = fitAmdahl(COUNTS.map((p) => ({ workers: p, speedup: amdahlSpeedup(f, p) })));
      expect(fit.serialFraction).toBeCloseTo(f, 6);
      expect(fit.residual).toBeLessThan(1e-10);
      expect(fit.points).toBe(COUNTS.length);
    }
  });
  it('recovers a known serial fraction within 0.02 from data with 3 % noise (several f, several seeds)', () => {
    for (const f of [0.05, 0.1, 0.2, 0.4, 0.7]) {
      for (const seed of [1, 2, 3, 42]) {
        const fit = fitAmdahl(noisyPoints(amdahlSpeedup, f, 0.03, seed));
        expect(Math.abs(fit.serialFraction - f), `f = ${f}, seed = ${seed}`).toBeLessThan(0.02);
        expect(fit.residual).toBeGreaterThan(0);
      }
    }
  });
  it('finds the least-squares minimum: nudging f either way raises the residual', () => {
    const pts = noisyPoints(amdahlSpeedup, 0.15, 0.1, 7);
    const fit = fitAmdahl(pts);
    const sse = (f: number) => pts.reduce((s, { workers, speedup }) => s + (speedup - amdahlSpeedup(f, workers)) ** 2, 0);
    expect(sse(fit.serialFraction)).toBeCloseTo(fit.residual, 12);
    expect(sse(fit.serialFraction + 1e-3)).toBeGreaterThan(fit.residual);
    expect(sse(fit.serialFraction - 1e-3)).toBeGreaterThan(fit.residual);
    expect(fit.rms).toBeCloseTo(Math.sqrt(fit.residual / pts.length), 12);
  });
  it('clamps to the ends of [0, 1] for superlinear or slowing-down data', () => {
    expect(fitAmdahl([{ workers: 1, speedup: 1 }, { workers: 2, speedup: 2.4 }]).serialFraction).toBe(0);
    expect(fitAmdahl([{ workers: 1, speedup: 1 }, { workers: 4, speedup: 0.7 }]).serialFraction).toBeCloseTo(1, 8);
  });
  it('works with a single point on more than one worker', () => {
    expect(fitAmdahl([{ workers: 2, speedup: amdahlSpeedup(0.3, 2) }]).serialFraction).toBeCloseTo(0.3, 6);
  });
  it('rejects empty input, bad values and data on one worker only', () => {
    expect(() => fitAmdahl([])).toThrow(RangeError);
    expect(() => fitAmdahl([{ workers: 1, speedup: 1 }])).toThrow(/more than one worker/);
    expect(() => fitAmdahl([{ workers: 2, speedup: Number.NaN }])).toThrow(RangeError);
    expect(() => fitAmdahl([{ workers: 2, speedup: -1 }])).toThrow(RangeError);
    expect(() => fitAmdahl([{ workers: 0, speedup: 1 }])).toThrow(RangeError);
  });
});

describe('fitGustafson', () => {
  it('recovers f from exact and from noisy scaled speedups', () => {
    for (const f of [0, 0.1, 0.3, 0.6]) {
      expect(fitGustafson(COUNTS.map((p) => ({ workers: p, speedup: gustafsonSpeedup(f, p) }))).serialFraction).toBeCloseTo(f, 10);
      for (const seed of [5, 6, 7]) {
        const fit = fitGustafson(noisyPoints(gustafsonSpeedup, f, 0.02, seed));
        expect(Math.abs(fit.serialFraction - f), `f = ${f}, seed = ${seed}`).toBeLessThan(0.02);
      }
    }
  });
  it('clamps to [0, 1]', () => {
    expect(fitGustafson([{ workers: 4, speedup: 5 }]).serialFraction).toBe(0);
    expect(fitGustafson([{ workers: 4, speedup: 0.5 }]).serialFraction).toBe(1);
  });
  it('rejects data on one worker only', () => {
    expect(() => fitGustafson([{ workers: 1, speedup: 1 }])).toThrow(RangeError);
  });
});

describe('scaledSpeedup', () => {
  it('equals Gustafson when p workers take as long as one worker on the base problem', () => {
    expect(scaledSpeedup(100, 100, 0.2, 8)).toBeCloseTo(gustafsonSpeedup(0.2, 8), 12);
  });
  it('falls when the scaled run takes longer', () => {
    expect(scaledSpeedup(100, 200, 0, 4)).toBeCloseTo(2, 12);
  });
  it('rejects bad inputs', () => {
    expect(() => scaledSpeedup(0, 100, 0.1, 2)).toThrow(RangeError);
    expect(() => scaledSpeedup(100, 100, 2, 2)).toThrow(RangeError);
  });
});
