/**
 * What the vectorization labs call each loop, and what it stands for in the courses. Pure data:
 * any thread.
 */
import type { Breaker, VectorAddForm } from '../../vectorize/loops.ts';

/** The vector add's forms: name, what runs, and ADACS's counterpart. */
export const FORM_INFO: Record<VectorAddForm, { label: string; what: string }> = {
  array: { label: 'JavaScript Array', what: 'a list of numbers, each looked up and checked by the JIT' },
  float64: { label: 'Float64Array', what: 'packed doubles, the JIT’s scalar machine code' },
  wasm: { label: 'WebAssembly', what: 'compiled ahead, one double per instruction (SISD)' },
  simd: { label: 'WebAssembly SIMD', what: 'f64x2.add: 2 doubles per instruction (SIMD)' },
};

/** The breaker loops: name, the loop, and why (or whether) a vector form exists. */
export const BREAKER_INFO: Record<Breaker, { label: string; loop: string; simd: string }> = {
  plain: { label: 'Plain', loop: 'c[i] = b[i] + |a[i]|', simd: 'every iteration independent: 2 per instruction' },
  dependency: { label: 'Loop-carried dependency', loop: 's += b[i] + |a[i]|', simd: 'only by reordering the sum (4 partial sums), as -ffast-math allows' },
  branch: { label: 'Branch', loop: 'if (a[i] > 0) c[i] = b[i] + a[i] else c[i] = b[i] − a[i]', simd: 'only by computing both sides and picking per lane (if-conversion)' },
  call: { label: 'Function call', loop: 'c[i] = b[i] + magnitude(a[i])', simd: 'none: the function takes one double at a time' },
};
