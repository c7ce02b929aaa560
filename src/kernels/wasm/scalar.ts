/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript, compiled by asc (scripts/build-wasm.ts); tsc must skip it */
// @ts-nocheck
/**
 * Scalar WebAssembly kernels, in AssemblyScript: the 2D midpoint integral of sin(x + y) and Monte
 * Carlo pi with one xoshiro128** generator, the same loops as the js kernels (../integrate2d.ts,
 * ../monte-carlo-pi.ts). Compiled to `build/scalar.wasm` without SIMD (it runs wherever
 * WebAssembly does); loaded by ../wasm-kernels.ts. Runs in a kernel worker (or Node); imports only
 * Math.sin, allocates nothing.
 *
 * The sine is JavaScript's own Math.sin, imported (`sin` below; ../wasm-kernels.ts passes
 * Math.sin): so the scalar integral does the same floating-point operations in the same order as
 * the js kernel with the same sine, and gives the js digits bit for bit in every engine (the
 * course's -7.117752e-17 and 4.492851e-12 where Math.sin is fdlibm's, as in Chromium; a unit test
 * checks them). Measured in Node 20 (n = 2000, best of 7): 97 M sines/s with the import against
 * 83 M/s with AssemblyScript's own Math.sin compiled in (a port of musl's sin, the same fdlibm
 * algorithm and the same digits, but slower than V8's native sin even with the call out).
 */

/** Math.sin of the embedding JavaScript (imported as `sin`). */
declare function sin(x: f64): f64;

/**
 * Midpoint sum of sin(x + y) over rows [begin, end) of the n × n grid on [0, π]², times h²
 * (the js kernel's `integrate2dRows`, operation for operation).
 */
export function integrateRows(n: i32, begin: i32, end: i32): f64 {
  const h = Math.PI / <f64>n;
  let sum = 0.0;
  for (let i = begin; i < end; i++) {
    const x = h * (<f64>i + 0.5);
    for (let j: i32 = 0; j < n; j++) {
      const y = h * (<f64>j + 0.5);
      sum += sin(x + y);
    }
  }
  return h * h * sum;
}

const TO_UNIT: f64 = 1.0 / 4294967296.0;

/**
 * Throws `darts` darts from the xoshiro128** generator with state (s0, s1, s2, s3), as the js
 * kernel's `samplePi` does: each dart two consecutive outputs (x, then y) turned into doubles in
 * [0, 1), inside when x² + y² < 1. Returns how many landed inside: the same count as the js kernel.
 */
export function samplePi(darts: u32, a: i32, b: i32, c: i32, d: i32): u32 {
  let s0 = a;
  let s1 = b;
  let s2 = c;
  let s3 = d;
  let inside: u32 = 0;
  for (let k: u32 = 0; k < darts; k++) {
    let r = rotl<i32>(s1 * 5, 7) * 9;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl<i32>(s3, 11);
    const x = <f64><u32>r * TO_UNIT;
    r = rotl<i32>(s1 * 5, 7) * 9;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl<i32>(s3, 11);
    const y = <f64><u32>r * TO_UNIT;
    if (x * x + y * y < 1.0) inside++;
  }
  return inside;
}
