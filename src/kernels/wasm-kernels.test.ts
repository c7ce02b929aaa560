/**
 * The WebAssembly kernels against the js kernels: `wasm` gives the js results bit for bit (the
 * course digits, the same dart counts); `simd` gives the integral within a stated bound of js and
 * the same darts as js on its four lane streams; the vectorized sine's error bound in ulp.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { integrate2d, integrate2dRows } from './integrate2d.ts';
import { piEstimate, samplePi, splitDarts } from './monte-carlo-pi.ts';
import { computeBlock, kernelById, prepareImplementation, type Implementation } from './registry.ts';
import { loadSimdBuild, loadWasmKernels, MAX_SIN_ULP, SIMD_PI_LANES, simdBuild, simdIntegrateRows, simdSamplePi, simdSin, wasmIntegrateRows, wasmSamplePi, type SimdBuild } from './wasm-kernels.ts';
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

/** Largest |ordinal(simdSin(x)) − ordinal(Math.sin(x))| over xs with one build, and where. */
function maxUlp(xs: Float64Array, build: SimdBuild): { ulp: number; at: number } {
  const got = simdSin(xs, build);
  let worst = 0n;
  let at = Number.NaN;
  for (let k = 0; k < xs.length; k++) {
    const d = ordinal(got[k]!) - ordinal(Math.sin(xs[k]!));
    const a = d < 0n ? -d : d;
    if (a > worst) {
      worst = a;
      at = xs[k]!;
    }
  }
  return { ulp: Number(worst), at };
}

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
  it('gives the course digits and the js integral bit for bit', async () => {
    expect((await run('integrate', 'wasm', { n: 10000 }, 1)).text).toBe('-7.117752e-17');
    expect((await run('integrate', 'wasm', { n: 10000 }, 4)).text).toBe('4.492851e-12');
    for (const [n, workers] of [[1, 1], [2, 2], [999, 3], [1000, 4]] as const) {
      expect((await run('integrate', 'wasm', { n }, workers)).value).toBe(integrate2d(n, workers));
    }
    expect(wasmIntegrateRows(1234, 17, 600)).toBe(integrate2dRows(1234, 17, 600));
    expect(wasmIntegrateRows(10, 3, 3)).toBe(0);
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
    const N = 1_000_000;
    const uniform = Float64Array.from({ length: N + 1 }, (_, k) => (2 * Math.PI * k) / N);
    let seed = 1;
    const random = Float64Array.from({ length: 200_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed / 2 ** 32) * 2 * Math.PI;
    });
    // Where the reduction switches octant (k π/4) and where sin is 0 (π, 2π) or ±1, ±1000 ulp.
    const edges = Float64Array.from(Array.from({ length: 9 }, (_, k) => neighbours((k * Math.PI) / 4, 1000)).flat());
    // The n = 10000 integral's arguments x + y nearest π (i + j + 1 = n), as the kernel computes them.
    const n = 10000;
    const h = Math.PI / n;
    const nearPi = Float64Array.from({ length: n }, (_, i) => h * (i + 0.5) + h * (n - 1 - i + 0.5));
    for (const xs of [uniform, random, edges, nearPi]) {
      const { ulp, at } = maxUlp(xs, build);
      expect(ulp, `worst at x = ${at}`).toBeLessThanOrEqual(MAX_SIN_ULP);
    }
    // Odd: negative arguments too.
    const neg = uniform.map((x) => -x);
    expect(maxUlp(neg, build).ulp).toBeLessThanOrEqual(MAX_SIN_ULP);
  });

  // Bound: both sums have N = (end − begin) · n terms, each sine within 2 ulp; the rounding error of
  // an N-term sum is typically of size u √N Σ|term| (u = 2^-53; the rigorous bound, (N − 1) u Σ|term|,
  // is far looser). Stated bound: |simd − js| ≤ 4 u √N · h² Σ |sin(x + y)| over the block.
  const bound = (n: number, begin: number, end: number) => 4 * 2 ** -53 * Math.sqrt((end - begin) * n) * absSum(n, begin, end);

  it('gives the integral within 4 u √N h² Σ |sin(x + y)| of js (N terms per block), with both builds and every n mod 4', async () => {
    for (const [n, begin, end] of [[1, 0, 1], [2, 0, 2], [3, 1, 3], [7, 0, 7], [999, 0, 999], [2000, 500, 1000], [3001, 0, 3001], [1002, 3, 700]] as const) {
      const js = integrate2dRows(n, begin, end);
      for (const build of BUILDS) {
        const simd = simdIntegrateRows(n, begin, end, build);
        expect(Math.abs(simd - js), `n = ${n}, rows [${begin}, ${end}), ${build}`).toBeLessThanOrEqual(bound(n, begin, end));
      }
    }
    // The course size, N = 10^8 and h² Σ |sin| = 2π over the whole square: within 2.8e-11 of js.
    const courseBound = 4 * 2 ** -53 * 1e4 * 2 * Math.PI;
    const one = await run('integrate', 'simd', { n: 10000 }, 1);
    const four = await run('integrate', 'simd', { n: 10000 }, 4);
    expect(Math.abs(one.value - -7.117752283966102e-17)).toBeLessThan(courseBound);
    expect(Math.abs(four.value - 4.492851e-12)).toBeLessThan(courseBound);
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
