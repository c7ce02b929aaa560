/**
 * The loops of the lesson "Compiled code and vectorization", each ready to run many times on the
 * same data:
 *
 * - the ADACS vector add c = a + b (a, b = 0 … n − 1, as ADACS's `list(range(10_000))`) in four
 *   forms: a JavaScript Array, a Float64Array, scalar WebAssembly, WebAssembly SIMD; all four give
 *   the same c, element for element;
 * - ADACS's vectorization breakers: the loop c[i] = b[i] + |a[i]| plain, with a loop-carried
 *   dependency (its terms added into one running sum), with a branch on the sign of a[i], and with a
 *   function call per element, each as scalar WebAssembly and (where a vector form exists) as
 *   WebAssembly SIMD. The data are whole numbers (a random in ±1000 with random signs, b = i), so
 *   every variant's result is exact and the same as the plain loop's.
 *
 * Source: ADACS "Parallel Computing" workshop, "Vectorized operations" and "Vectorization with
 * numpy". Pure of the DOM: any thread (the vectorize worker; Node tests).
 */
import { Xoshiro128 } from '../kernels/xoshiro128.ts';
import { loadLoops, type LoopExports, type LoopModuleKind } from './loop-modules.ts';

/** The vector add's forms, slowest first. */
export const VECTOR_ADD_FORMS = ['array', 'float64', 'wasm', 'simd'] as const;
/** A vector-add form. */
export type VectorAddForm = (typeof VECTOR_ADD_FORMS)[number];

/** The breaker loops: the plain one first. */
export const BREAKERS = ['plain', 'dependency', 'branch', 'call'] as const;
/** A breaker loop. */
export type Breaker = (typeof BREAKERS)[number];

/** Breakers that have a SIMD form (a call per element has none). */
export const SIMD_BREAKERS: readonly Breaker[] = ['plain', 'dependency', 'branch'];

/** Id of one runnable loop: `add-<form>` or `<breaker>-<wasm|simd>`. */
export type LoopId = `add-${VectorAddForm}` | `${Breaker}-${LoopModuleKind}`;

/** Largest n the loops take (three arrays of 2^22 doubles: 96 MiB). */
export const MAX_LOOP_LENGTH = 1 << 22;

/** Whether `id` needs WebAssembly SIMD. */
export function needsSimd(id: LoopId): boolean {
  return id.endsWith('simd');
}

/** A loop ready to run: `run` does the whole loop once; `result` reads what it computed. */
export interface PreparedLoop {
  id: LoopId;
  n: number;
  /** Runs the loop over all n elements (returns the running sum for `dependency-*`, else 0). */
  run(): number;
  /** The loop's result: c (n doubles, a copy), or for `dependency-*` the sum as a one-element array. */
  result(): Float64Array;
}

/** The vector add's inputs: a = b = 0, 1, …, n − 1 (ADACS's `list(range(n))`). */
export function vectorAddInputs(n: number): { a: Float64Array; b: Float64Array } {
  const a = Float64Array.from({ length: n }, (_, i) => i);
  return { a, b: a.slice() };
}

/** The breakers' inputs: a[i] a whole number in [−1000, 1000] with a random sign (seeded), b[i] = i. */
export function breakerInputs(n: number, seed = 13): { a: Float64Array; b: Float64Array } {
  const rng = new Xoshiro128(seed);
  const a = Float64Array.from({ length: n }, () => Math.floor(rng.nextDouble() * 2001) - 1000);
  const b = Float64Array.from({ length: n }, (_, i) => i);
  return { a, b };
}

function checkLength(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_LOOP_LENGTH) throw new RangeError(`n must be an integer from 1 to ${MAX_LOOP_LENGTH}, got ${n}`);
}

function inWasm(e: LoopExports, id: LoopId, n: number, inputs: { a: Float64Array; b: Float64Array }, body: (e: LoopExports, a: number, b: number, c: number) => number): PreparedLoop {
  const base = e.reserve(n);
  if (base === 0) throw new RangeError(`n = ${n} does not fit in this browser's WebAssembly memory.`);
  const a = base;
  const b = base + 8 * n;
  const c = base + 16 * n;
  const view = (at: number) => new Float64Array(e.memory.buffer, at, n);
  view(a).set(inputs.a);
  view(b).set(inputs.b);
  view(c).fill(0);
  let last = 0;
  return {
    id,
    n,
    run: () => (last = body(e, a, b, c)),
    result: () => (id.startsWith('dependency') ? Float64Array.of(last) : view(c).slice()),
  };
}

/**
 * Prepares the loop `id` on n elements: makes its inputs, and for the WebAssembly forms loads the
 * module (once per thread) and copies the inputs into its memory. Any thread.
 *
 * @throws RangeError for a bad n or id; Error (rejects) for a SIMD loop where SIMD is missing
 */
export async function prepareLoop(id: LoopId, n: number): Promise<PreparedLoop> {
  checkLength(n);
  if (id === 'add-array') {
    const { a: fa, b: fb } = vectorAddInputs(n);
    const a = Array.from(fa);
    const b = Array.from(fb);
    const c = new Array<number>(n).fill(0);
    return {
      id,
      n,
      run: () => {
        for (let i = 0; i < n; i++) c[i] = a[i]! + b[i]!;
        return 0;
      },
      result: () => Float64Array.from(c),
    };
  }
  if (id === 'add-float64') {
    const { a, b } = vectorAddInputs(n);
    const c = new Float64Array(n);
    return {
      id,
      n,
      run: () => {
        for (let i = 0; i < n; i++) c[i] = a[i]! + b[i]!;
        return 0;
      },
      result: () => c.slice(),
    };
  }
  if (id === 'add-wasm' || id === 'add-simd') {
    const e = await loadLoops(id === 'add-wasm' ? 'wasm' : 'simd');
    return inWasm(e, id, n, vectorAddInputs(n), (m, a, b, c) => (m.add(a, b, c, n), 0));
  }
  const match = /^(plain|dependency|branch|call)-(wasm|simd)$/.exec(id);
  if (!match) throw new RangeError(`Unknown loop "${id}".`);
  const breaker = match[1] as Breaker;
  const kind = match[2] as LoopModuleKind;
  if (kind === 'simd' && !SIMD_BREAKERS.includes(breaker)) throw new RangeError(`The "${breaker}" loop has no SIMD form: a call takes one double at a time.`);
  const e = await loadLoops(kind);
  const inputs = breakerInputs(n);
  switch (breaker) {
    case 'plain':
      return inWasm(e, id, n, inputs, (m, a, b, c) => (m.plain(a, b, c, n), 0));
    case 'dependency':
      return inWasm(e, id, n, inputs, (m, a, b, c) => m.dependency(a, b, c, n));
    case 'branch':
      return inWasm(e, id, n, inputs, (m, a, b, c) => (m.branch(a, b, c, n), 0));
    case 'call':
      return inWasm(e, id, n, inputs, (m, a, b, c) => (m.call!(a, b, c, n), 0));
  }
}
