/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript, compiled by asc (scripts/build-wasm.ts); tsc must skip it */
// @ts-nocheck
/**
 * Scalar WebAssembly loops of the lesson "Compiled code and vectorization", in AssemblyScript:
 * the ADACS vector add c = a + b, and one elementwise loop c[i] = b[i] + |a[i]| written plainly
 * and in the three ways ADACS says break vectorization: with a loop-carried dependency (one
 * running sum), with a branch, and with a function call. Compiled to `build/loops.wasm` without
 * SIMD (it runs wherever WebAssembly does); loaded by src/vectorize/loop-modules.ts. The SIMD
 * counterparts are in ./loops-simd.ts. Runs in the vectorize worker (or Node).
 *
 * The arrays live in this module's memory from {@link reserve}'s address: a, b and c of n
 * doubles each, back to back (16-byte aligned). Nothing is allocated.
 */

/** The function the "call" loop calls once per element: |x|, from JavaScript (imported). */
declare function magnitude(x: f64): f64;

/**
 * Makes room for three arrays of `n` doubles and returns the address of the first (a); b and c
 * follow at + 8n and + 16n. Grows the memory when needed; returns 0 when it cannot.
 */
export function reserve(n: i32): usize {
  const base = (__heap_base + 15) & ~15;
  const end = base + <usize>n * 24;
  const pages = <i32>((end + 0xffff) >> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  return base;
}

/** c[i] = a[i] + b[i] for i < n: the ADACS vector add, one double per instruction. */
export function add(a: usize, b: usize, c: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    store<f64>(c + o, load<f64>(a + o) + load<f64>(b + o));
  }
}

/** The plain loop: c[i] = b[i] + |a[i]|; every iteration independent of the others. */
export function plain(a: usize, b: usize, c: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    store<f64>(c + o, load<f64>(b + o) + Math.abs(load<f64>(a + o)));
  }
}

/**
 * Loop-carried dependency: the same terms b[i] + |a[i]| added into one running sum, so each
 * addition waits for the previous one. Returns the sum (c is not written).
 */
export function dependency(a: usize, b: usize, c: usize, n: i32): f64 {
  let sum = 0.0;
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    sum += load<f64>(b + o) + Math.abs(load<f64>(a + o));
  }
  return sum;
}

/**
 * Branch: the plain loop's result written with an `if` on the sign of a[i] (a real branch in the
 * compiled code, taken at random on the lesson's data).
 */
export function branch(a: usize, b: usize, c: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    const x = load<f64>(a + o);
    if (x > 0) {
      store<f64>(c + o, load<f64>(b + o) + x);
    } else {
      store<f64>(c + o, load<f64>(b + o) - x);
      // A second store on this path only, so the optimizer cannot turn the two arms into one
      // store of a select (it rewrites the same element with the same value).
      store<f64>(c + o, load<f64>(c + o));
    }
  }
}

/** Call: the plain loop with |a[i]| computed by a JavaScript function, called once per element. */
export function call(a: usize, b: usize, c: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    store<f64>(c + o, load<f64>(b + o) + magnitude(load<f64>(a + o)));
  }
}
