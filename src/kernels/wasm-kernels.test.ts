/**
 * The WebAssembly kernels against the js kernels: `wasm` gives the integral within a stated bound
 * of js and the same dart counts; `simd` gives the integral within the same bound and the same
 * darts as js on its four lane streams; both modules' sines within their error bounds in ulp.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { integrate2dRows } from './integrate2d.ts';
import { piEstimate, samplePi, splitDarts } from './monte-carlo-pi.ts';
import { computeBlock, kernelById, prepareImplementation, type Implementation } from './registry.ts';
import { loadSimdBuild, loadWasmKernels, MAX_SCALAR_SIN_ULP, MAX_SIN_ULP, SIMD_PI_LANES, simdBuild, simdIntegrateRows, simdSamplePi, simdSin, wasmIntegrateRows, wasmSamplePi, wasmSin, type SimdBuild } from './wasm-kernels.ts';
import { hasRelaxedSimd } from './wasm-simd-support.ts';

/** Both builds of the simd kernels: plain SIMD and relaxed SIMD's fused multiply-add (vite.config.ts turns relaxed SIMD on in Node 20). */
const BUILDS: SimdBuild[] = ['simd', 'simd-fma'];

beforeAll(async () => {
  await Promise.all([loadWasmKernels('wasm'), loadWasmKernels('simd'), ...BUILDS.map(loadSimdBuild)]);
});

/** A run through the registry: split, each block with `impl`, combine in block order. */
async function run(id: string, impl: Implementation, params: Record<string, number>, workers: number) {
  await prepareImplementation(id, impl);
  const k = kernelById(id);
  return k.combine(params, k.split(params, workers).map((b) => computeBlock(id, impl, params, b)));
}

/** Position of a double on the number line counted in ulps (adjacent doubles differ by 1). */
function ordinal(x: number): bigint {
  const bits = new BigInt64Array(new Float64Array([x]).buffer)[0]!;
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Largest |ordinal(sine(x)) − ordinal(Math.sin(x))| over xs, where, and the share of xs where they are equal. */
function maxUlp(xs: Float64Array, sine: (xs: Float64Array) => Float64Array): { ulp: number; at: number; equal: number } {
  const got = sine(xs);
  let worst = 0n;
  let equal = 0;
  let at = Number.NaN;
  for (let k = 0; k < xs.length; k++) {
    const d = ordinal(got[k]!) - ordinal(Math.sin(xs[k]!));
    const a = d < 0n ? -d : d;
    if (a === 0n) equal++;
    if (a > worst) {
      worst = a;
      at = xs[k]!;
    }
  }
  return { ulp: Number(worst), at, equal: equal / xs.length };
}

/**
 * The points the sine tests measure: 10^6 evenly spaced and 2 · 10^5 random points of [0, 2π];
 * ±1000 ulp around every multiple of π/4 (where the reductions switch quadrant or octant, and the
 * zeros π, 2π); the n = 10000 integral's arguments x + y nearest π (i + j + 1 = n), as the kernels
 * compute them; and the evenly spaced points negated (sin is odd).
 */
function sinePoints(): Record<string, Float64Array> {
  const N = 1_000_000;
  const uniform = Float64Array.from({ length: N + 1 }, (_, k) => (2 * Math.PI * k) / N);
  let seed = 1;
  const random = Float64Array.from({ length: 200_000 }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed / 2 ** 32) * 2 * Math.PI;
  });
  const edges = Float64Array.from(Array.from({ length: 9 }, (_, k) => neighbours((k * Math.PI) / 4, 1000)).flat());
  const n = 10000;
  const h = Math.PI / n;
  const nearPi = Float64Array.from({ length: n }, (_, i) => h * (i + 0.5) + h * (n - 1 - i + 0.5));
  return { uniform, random, edges, nearPi, negative: uniform.map((x) => -x) };
}

// Bound for an integral block against js: both sums have N = (end − begin) · n terms, each sine
// within 2 ulp of Math.sin; the rounding error of an N-term sum is typically of size u √N Σ|term|
// (u = 2^-53; the rigorous bound, (N − 1) u Σ|term|, is far looser). Stated bound:
// |kernel − js| ≤ 4 u √N · h² Σ |sin(x + y)| over the block.
const bound = (n: number, begin: number, end: number) => 4 * 2 ** -53 * Math.sqrt((end - begin) * n) * absSum(n, begin, end);

/** The blocks the integral tests compare with js: every n mod 4, single rows, and offsets. */
const BLOCKS = [[1, 0, 1], [2, 0, 2], [3, 1, 3], [7, 0, 7], [999, 0, 999], [2000, 500, 1000], [3001, 0, 3001], [1002, 3, 700]] as const;

/** The course size, N = 10^8 and h² Σ |sin| = 2π over the whole square: 2.8e-11. */
const COURSE_BOUND = 4 * 2 ** -53 * 1e4 * 2 * Math.PI;

/** The `count` doubles on each side of x. */
function neighbours(x: number, count: number): number[] {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  const start = b[0]!;
  const out: number[] = [];
  for (let d = -count; d <= count; d++) {
    b[0] = start + BigInt(d);
    out.push(f[0]!);
  }
  return out;
}

/** h² Σ |sin(x + y)| over the block: the scale the integral's rounding errors are relative to. */
function absSum(n: number, begin: number, end: number): number {
  const h = Math.PI / n;
  let s = 0;
  for (let i = begin; i < end; i++) for (let j = 0; j < n; j++) s += Math.abs(Math.sin(h * (i + 0.5) + h * (j + 0.5)));
  return h * h * s;
}

describe('wasm (scalar WebAssembly)', () => {
  it(`has a sine within ${MAX_SCALAR_SIN_ULP} ulp of Math.sin over 10^6 points of [0, 2π], the quadrant edges, the zeros and the integral's own arguments`, () => {
    for (const [name, xs] of Object.entries(sinePoints())) {
      const { ulp, at, equal } = maxUlp(xs, wasmSin);
      expect(ulp, `${name}: worst at x = ${at}`).toBeLessThanOrEqual(MAX_SCALAR_SIN_ULP);
      // Most sines are Math.sin's own double (86 % against Chromium's; Node 20's Math.sin is fdlibm's).
      if (name === 'uniform') expect(equal).toBeGreaterThan(0.75);
    }
  });

  it('gives the integral within 4 u √N h² Σ |sin(x + y)| of js (N terms per block), for every n mod 4', async () => {
    for (const [n, begin, end] of BLOCKS) {
      const wasm = wasmIntegrateRows(n, begin, end);
      expect(Math.abs(wasm - integrate2dRows(n, begin, end)), `n = ${n}, rows [${begin}, ${end})`).toBeLessThanOrEqual(bound(n, begin, end));
    }
    expect(wasmIntegrateRows(10, 3, 3)).toBe(0);
    // The course size: near the course's digits, through the registry's blocks.
    const one = await run('integrate', 'wasm', { n: 10000 }, 1);
    const four = await run('integrate', 'wasm', { n: 10000 }, 4);
    expect(Math.abs(one.value - -7.117752283966102e-17)).toBeLessThan(COURSE_BOUND);
    expect(Math.abs(four.value - 4.492851e-12)).toBeLessThan(COURSE_BOUND);
    // The digits the lesson "Compiled code and vectorization" prints (the same in every engine).
    expect([one.text, four.text]).toEqual(['-7.117822e-17', '4.492851e-12']);
  });

  it('adds exactly as the js loop does: the js loop with the module\'s sine gives its sum bit for bit', () => {
    for (const [n, begin, end] of [[1234, 17, 600], [7, 0, 7], [1001, 998, 1001]] as const) {
      const h = Math.PI / n;
      let sum = 0;
      for (let i = begin; i < end; i++) {
        const x = h * (i + 0.5);
        const sines = wasmSin(Float64Array.from({ length: n }, (_, j) => x + h * (j + 0.5)));
        for (let j = 0; j < n; j++) sum += sines[j]!;
      }
      expect(wasmIntegrateRows(n, begin, end), `n = ${n}, rows [${begin}, ${end})`).toBe(h * h * sum);
    }
  });

  it('throws the darts of the js kernel: the same counts for the same seed and stream', () => {
    for (const [n, seed, stream] of [[0, 1, 0], [1, 1, 0], [1_000_003, 7, 0], [500_000, 12345, 3], [250_001, 2 ** 32 - 1, 17]] as const) {
      expect(wasmSamplePi(n, seed, stream)).toEqual(samplePi(n, seed, stream));
    }
  });

  it('refuses bad arguments as the js kernels do', () => {
    expect(() => wasmIntegrateRows(0, 0, 0)).toThrow(RangeError);
    expect(() => wasmIntegrateRows(10, 5, 11)).toThrow(/not a block/);
    expect(() => wasmSamplePi(-1, 1, 0)).toThrow(RangeError);
    expect(() => wasmSamplePi(2 ** 32, 1, 0)).toThrow(RangeError);
  });
});

describe('simd (WebAssembly SIMD)', () => {
  it('loads the fused multiply-add build where the engine has relaxed SIMD, as here', () => {
    expect(hasRelaxedSimd()).toBe(true);
    expect(simdBuild()).toBe('simd-fma');
  });

  it.each(BUILDS)(`has a sine within ${MAX_SIN_ULP} ulp of Math.sin over 10^6 points of [0, 2π], the octant edges, the zeros and the integral's own arguments (%s build)`, (build) => {
    for (const [name, xs] of Object.entries(sinePoints())) {
      const { ulp, at } = maxUlp(xs, (x) => simdSin(x, build));
      expect(ulp, `${name}: worst at x = ${at}`).toBeLessThanOrEqual(MAX_SIN_ULP);
    }
  });

  it('gives the integral within 4 u √N h² Σ |sin(x + y)| of js (N terms per block), with both builds and every n mod 4', async () => {
    for (const [n, begin, end] of BLOCKS) {
      const js = integrate2dRows(n, begin, end);
      for (const build of BUILDS) {
        const simd = simdIntegrateRows(n, begin, end, build);
        expect(Math.abs(simd - js), `n = ${n}, rows [${begin}, ${end}), ${build}`).toBeLessThanOrEqual(bound(n, begin, end));
      }
    }
    const one = await run('integrate', 'simd', { n: 10000 }, 1);
    const four = await run('integrate', 'simd', { n: 10000 }, 4);
    expect(Math.abs(one.value - -7.117752283966102e-17)).toBeLessThan(COURSE_BOUND);
    expect(Math.abs(four.value - 4.492851e-12)).toBeLessThan(COURSE_BOUND);
  });

  it(`throws the js darts of streams ${SIMD_PI_LANES}k … ${SIMD_PI_LANES}k + 3, one per lane, and lands within 4 standard errors of pi`, () => {
    for (const [n, seed, stream] of [[0, 1, 0], [1, 1, 0], [3, 9, 1], [1_000_002, 7, 0], [400_001, 12345, 2]] as const) {
      const lanes = splitDarts(n, SIMD_PI_LANES).map((darts, lane) => samplePi(darts, seed, SIMD_PI_LANES * stream + lane).inside);
      expect(simdSamplePi(n, seed, stream)).toEqual({ n, inside: lanes.reduce((a, b) => a + b, 0) });
    }
    const sample = simdSamplePi(4_000_000, 12345, 0);
    const { estimate, standardError } = piEstimate(sample);
    expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * standardError);
    const js = piEstimate(samplePi(4_000_000, 12345, 0));
    expect(Math.abs(estimate - js.estimate)).toBeLessThan(4 * Math.SQRT2 * standardError);
  });

  it('is reproducible through the registry and lands near pi on several workers', async () => {
    const a = await run('pi', 'simd', { n: 2_000_000, seed: 7 }, 3);
    expect(await run('pi', 'simd', { n: 2_000_000, seed: 7 }, 3)).toEqual(a);
    expect(Math.abs(a.value - Math.PI)).toBeLessThan(4 * a.standardError!);
    const wasm = await run('pi', 'wasm', { n: 2_000_000, seed: 7 }, 3);
    expect(wasm).toEqual(await run('pi', 'js', { n: 2_000_000, seed: 7 }, 3));
  });
});
