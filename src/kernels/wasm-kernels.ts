/**
 * The WebAssembly kernels, on the JavaScript side: loading the compiled modules (once per thread)
 * and the block functions the registry runs as the `wasm` and `simd` implementations.
 *
 * - `wasm` (build/scalar.wasm from ./wasm/scalar.ts): the js kernels' loops compiled ahead of
 *   time. The integral carries its own sine (reduction by π/2 and two polynomials, fdlibm's
 *   method, at most {@link MAX_SCALAR_SIN_ULP} ulp from Math.sin on [0, 2π]), in place of
 *   Math.sin, and adds in the js order; so its last digits differ from js, as a C program's do
 *   with another libm. Pi uses the same xoshiro128** stream as the js kernel, so it gives the same
 *   count for the same seed, darts and workers.
 * - `simd` (from ./wasm/simd.ts, 128-bit SIMD): the integral four points per step with a
 *   vectorized sine (range reduction by π and one odd polynomial, at most {@link MAX_SIN_ULP} ulp
 *   from Math.sin on [0, 2π]) summed in four lanes, so its last digits differ from js, as with gcc
 *   -ffast-math. Where the engine has relaxed SIMD ({@link hasRelaxedSimd}) the module is
 *   build/simd-fma.wasm, whose multiply-adds are fused on CPUs with FMA (as gcc -march=native
 *   emits them), else build/simd.wasm (a multiply, then an add); the two differ in the last digits;
 *   pi with four generators side by side (worker k's block draws from streams 4k … 4k + 3 of the
 *   seed instead of stream k), so its count differs from js within the statistical error, and is
 *   reproducible for the same seed, darts and workers.
 *
 * The modules are files of the site (Vite emits them beside the worker chunks; the service worker
 * precaches them), fetched relative to this module, so they load under any sub-path and offline;
 * in Node they are read from src/kernels/wasm/build/ (compiled by scripts/build-wasm.ts).
 *
 * Any thread (kernel workers, Node); the block functions need {@link loadWasmKernels} first.
 */
import { hasRelaxedSimd, hasWasmSimd, NO_SIMD_MESSAGE } from './wasm-simd-support.ts';
import { streamGenerator } from './xoshiro128.ts';
import type { PiSample } from './monte-carlo-pi.ts';

/** The compiled variants: scalar WebAssembly and WebAssembly SIMD. */
export type WasmVariant = 'wasm' | 'simd';

/** Largest error of the vectorized sine (simd) against Math.sin on [0, 2π], in units in the last place (measured by the unit test). */
export const MAX_SIN_ULP = 2;

/** Largest error of the scalar module's sine (wasm) against Math.sin on [0, 2π], in units in the last place (measured by the unit test). */
export const MAX_SCALAR_SIN_ULP = 1;

/** Generators per simd pi block: one per i32x4 lane. */
export const SIMD_PI_LANES = 4;

interface ScalarExports {
  memory: WebAssembly.Memory;
  integrateRows(n: number, begin: number, end: number): number;
  samplePi(darts: number, s0: number, s1: number, s2: number, s3: number): number;
  sin1(x: number): number;
}

interface SimdExports {
  memory: WebAssembly.Memory;
  integrateRows(n: number, begin: number, end: number): number;
  samplePi(darts: number): number;
  stateAddress(): number;
  sinBufferAddress(): number;
  sinBufferLength(): number;
  sinBuffer(count: number): void;
}

/** The builds of the simd kernels: plain SIMD, and with relaxed SIMD's fused multiply-add. */
export type SimdBuild = 'simd' | 'simd-fma';

const MODULE_URLS: Record<WasmVariant | SimdBuild, URL> = {
  wasm: new URL('./wasm/build/scalar.wasm', import.meta.url),
  simd: new URL('./wasm/build/simd.wasm', import.meta.url),
  'simd-fma': new URL('./wasm/build/simd-fma.wasm', import.meta.url),
};

/**
 * Which build of the simd kernels this engine loads: `simd-fma` where it has relaxed SIMD, else
 * `simd`. Any thread; never throws.
 */
export function simdBuild(): SimdBuild {
  return hasRelaxedSimd() ? 'simd-fma' : 'simd';
}

const loading: Partial<Record<WasmVariant | SimdBuild, Promise<void>>> = {};
let scalar: ScalarExports | null = null;
/** The loaded simd builds; the implementation's blocks use the one {@link simdBuild} names. */
const simdBuilds: Partial<Record<SimdBuild, SimdExports>> = {};

async function moduleBytes(url: URL): Promise<ArrayBuffer> {
  if (url.protocol === 'file:') {
    // Node (unit tests): fetch has no file: URLs. A variable specifier keeps bundlers away.
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsModule)) as { readFile(path: URL): Promise<Uint8Array> };
    const bytes = await fs.readFile(url);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the WebAssembly kernels (${url.pathname}): HTTP ${response.status}.`);
  return response.arrayBuffer();
}

/** Compiles and instantiates one module, once per thread (later calls share the promise). */
function loadModule(key: WasmVariant | SimdBuild): Promise<void> {
  loading[key] ??= (async () => {
    if (key !== 'wasm' && !hasWasmSimd()) throw new Error(NO_SIMD_MESSAGE);
    if (key === 'simd-fma' && !hasRelaxedSimd()) throw new Error('This engine has no relaxed SIMD, so the simd-fma build cannot load.');
    const module = await WebAssembly.compile(await moduleBytes(MODULE_URLS[key]));
    const [wanted] = WebAssembly.Module.imports(module);
    if (wanted) throw new Error(`The ${key} kernels import ${wanted.module}.${wanted.name}; they are built to need no imports.`);
    const instance = await WebAssembly.instantiate(module);
    if (key === 'wasm') scalar = instance.exports as unknown as ScalarExports;
    else simdBuilds[key] = instance.exports as unknown as SimdExports;
  })().catch((error: unknown) => {
    delete loading[key];
    throw error;
  });
  return loading[key];
}

/**
 * Compiles and instantiates the module of `variant` in this thread, once: later calls return the
 * same promise. For `simd`, the build {@link simdBuild} names (with fused multiply-add where the
 * engine has relaxed SIMD). Runs in a kernel worker at its first block of that implementation (or
 * in Node).
 *
 * @throws Error (rejects) with {@link NO_SIMD_MESSAGE} for `simd` where SIMD is missing, or when
 *   the module cannot be fetched or compiled
 */
export function loadWasmKernels(variant: WasmVariant): Promise<void> {
  return loadModule(variant === 'simd' ? simdBuild() : variant);
}

/**
 * Loads one named build of the simd kernels in this thread (for tests that check both builds
 * where the engine runs both), once.
 *
 * @throws Error (rejects) where SIMD, or for `simd-fma` relaxed SIMD, is missing, or the module
 *   cannot be fetched or compiled
 */
export function loadSimdBuild(build: SimdBuild): Promise<void> {
  return loadModule(build);
}

function scalarExports(): ScalarExports {
  if (!scalar) throw new Error('The wasm kernels are not loaded in this thread: await loadWasmKernels("wasm") first.');
  return scalar;
}

function simdExports(build: SimdBuild = simdBuild()): SimdExports {
  const e = simdBuilds[build];
  if (!e) throw new Error(`The simd kernels (${build}) are not loaded in this thread: await loadWasmKernels("simd") first.`);
  return e;
}

function checkRows(n: number, begin: number, end: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 31 - 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end > n || begin > end) {
    throw new RangeError(`rows [${begin}, ${end}) are not a block of [0, ${n})`);
  }
}

function checkDarts(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`n must be an integer in [0, 2^32), got ${n}`);
}

/**
 * The `wasm` integral block: h² times the midpoint sum of sin(x + y) over rows [begin, end) of the
 * n × n grid on [0, π]², as `integrate2dRows` with the module's own sine ({@link wasmSin}) for
 * Math.sin: the same additions in the same order, so it differs from js only through the sines
 * (within 4 u √N h² Σ |sin(x + y)| for N terms, u = 2^-53: the bound the unit test checks).
 * Cost: (end − begin) · n sines.
 * Thread: where {@link loadWasmKernels}("wasm") has resolved.
 *
 * @throws RangeError on a bad n or block; Error when the module is not loaded
 */
export function wasmIntegrateRows(n: number, begin: number, end: number): number {
  checkRows(n, begin, end);
  return scalarExports().integrateRows(n, begin, end);
}

/**
 * The `simd` integral block: as {@link wasmIntegrateRows}, four columns per step (two f64x2) with the
 * vectorized sine, summed in four lanes; differs from js in the last digits (relative to the
 * block's h² Σ |sin(x + y)|, within 4 u √N for N terms, u = 2^-53: the bound the unit test
 * checks). `build` picks a build other than this engine's default (tests; it must be loaded).
 * Thread: where {@link loadWasmKernels}("simd") (or {@link loadSimdBuild}) has resolved.
 *
 * @throws RangeError on a bad n or block; Error when the module is not loaded
 */
export function simdIntegrateRows(n: number, begin: number, end: number, build: SimdBuild = simdBuild()): number {
  checkRows(n, begin, end);
  return simdExports(build).integrateRows(n, begin, end);
}

/**
 * The `wasm` pi block: n darts from stream `stream` of the run seeded with `seed`, the js kernel's
 * generator and test, so the same count as `samplePi`. Cost: n darts. Thread: where
 * {@link loadWasmKernels}("wasm") has resolved.
 *
 * @throws RangeError on bad arguments; Error when the module is not loaded
 */
export function wasmSamplePi(n: number, seed: number, stream: number): PiSample {
  checkDarts(n);
  const [s0, s1, s2, s3] = streamGenerator(seed, stream).state();
  return { n, inside: scalarExports().samplePi(n, s0 | 0, s1 | 0, s2 | 0, s3 | 0) >>> 0 };
}

/**
 * The `simd` pi block: n darts split over {@link SIMD_PI_LANES} xoshiro128** generators, one per
 * i32x4 lane, lane l drawing from stream SIMD_PI_LANES · stream + l of the run seeded with `seed`
 * (lane l throws ⌊n / 4⌋ darts, plus one when l < n mod 4); each dart tested as the js kernel
 * does. Reproducible for the same seed, n and stream; distinct streams for distinct `stream`s.
 * Cost: n darts, plus 128 · (4 stream + 3) generator steps to reach the lanes' streams. Thread:
 * where {@link loadWasmKernels}("simd") has resolved.
 *
 * @throws RangeError on bad arguments; Error when the module is not loaded
 */
export function simdSamplePi(n: number, seed: number, stream: number): PiSample {
  checkDarts(n);
  if (!Number.isInteger(stream) || stream < 0) throw new RangeError(`stream must be a non-negative integer, got ${stream}`);
  const e = simdExports();
  // State layout in the module: word w of lane l at index 4 w + l.
  const state = new Int32Array(e.memory.buffer, e.stateAddress(), 4 * SIMD_PI_LANES);
  const rng = streamGenerator(seed, SIMD_PI_LANES * stream);
  for (let lane = 0; lane < SIMD_PI_LANES; lane++) {
    if (lane > 0) rng.jump();
    rng.state().forEach((word, w) => (state[4 * w + lane] = word | 0));
  }
  return { n, inside: e.samplePi(n) >>> 0 };
}

/**
 * The vectorized sine of the `simd` module applied to every element of `xs` (for tests and the
 * lessons): the same function the simd integral calls, of this engine's build or of `build`. Any
 * thread where {@link loadWasmKernels}("simd") (or {@link loadSimdBuild}(build)) has resolved.
 *
 * @returns a new array of sin(x), at most {@link MAX_SIN_ULP} ulp from Math.sin for x in [0, 2π]
 *   (valid for |x| < 2^20)
 * @throws Error when the module is not loaded
 */
export function simdSin(xs: ArrayLike<number>, build: SimdBuild = simdBuild()): Float64Array {
  const e = simdExports(build);
  const capacity = e.sinBufferLength();
  const out = new Float64Array(xs.length);
  for (let start = 0; start < xs.length; start += capacity) {
    const count = Math.min(capacity, xs.length - start);
    const buffer = new Float64Array(e.memory.buffer, e.sinBufferAddress(), capacity);
    for (let k = 0; k < count; k++) buffer[k] = xs[start + k]!;
    buffer[count] = 0; // an odd count fills the second lane of the last pair
    e.sinBuffer(count + (count & 1));
    out.set(buffer.subarray(0, count), start);
  }
  return out;
}

/**
 * The scalar module's sine applied to every element of `xs` (for tests and the lessons): the same
 * function the `wasm` integral calls. Any thread where {@link loadWasmKernels}("wasm") has resolved.
 *
 * @returns a new array of sin(x), at most {@link MAX_SCALAR_SIN_ULP} ulp from Math.sin for x in
 *   [0, 2π] (valid for |x| < 2^20)
 * @throws Error when the module is not loaded
 */
export function wasmSin(xs: ArrayLike<number>): Float64Array {
  const { sin1 } = scalarExports();
  return Float64Array.from({ length: xs.length }, (_, k) => sin1(xs[k]!));
}
