/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript, compiled by asc (scripts/build-wasm.ts); tsc must skip it */
// @ts-nocheck
/**
 * WebAssembly SIMD (128-bit, f64x2) versions of the loops in ./loops.ts: what a vectorizing
 * compiler makes of them, written by hand because neither asc nor the browser's engine vectorizes
 * a loop by itself. Compiled to `build/loops-simd.wasm` with `--enable simd`; loaded by
 * src/vectorize/loop-modules.ts. Same memory layout as ./loops.ts (a, b, c of n doubles from
 * {@link reserve}, 16-byte aligned). Runs in the vectorize worker (or Node).
 *
 * An odd n leaves one element, done with scalar code after the vector loop (the "remainder loop"
 * compilers emit too).
 */

/** As in ./loops.ts: room for a, b, c of n doubles; returns the address of a (0 when it cannot grow). */
export function reserve(n: i32): usize {
  const base = (__heap_base + 15) & ~15;
  const end = base + <usize>n * 24;
  const pages = <i32>((end + 0xffff) >> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  return base;
}

/** c = a + b, two doubles per f64x2.add. */
export function add(a: usize, b: usize, c: usize, n: i32): void {
  const pairs = n & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const o = <usize>i << 3;
    v128.store(c + o, f64x2.add(v128.load(a + o), v128.load(b + o)));
  }
  if (n & 1) {
    const o = <usize>pairs << 3;
    store<f64>(c + o, load<f64>(a + o) + load<f64>(b + o));
  }
}

/** c[i] = b[i] + |a[i]|, two at a time (f64x2.abs, f64x2.add). */
export function plain(a: usize, b: usize, c: usize, n: i32): void {
  const pairs = n & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const o = <usize>i << 3;
    v128.store(c + o, f64x2.add(v128.load(b + o), f64x2.abs(v128.load(a + o))));
  }
  if (n & 1) {
    const o = <usize>pairs << 3;
    store<f64>(c + o, load<f64>(b + o) + Math.abs(load<f64>(a + o)));
  }
}

/**
 * The running sum of ./loops.ts vectorized the only way it can be: by reassociating. Four
 * partial sums (two f64x2 accumulators: lane l of accumulator k adds the terms i ≡ 2k + l mod 4)
 * are added at the end as ((s0 + s1) + (s2 + s3)), then the remainder. A different order of
 * additions, so on general data the last digits differ from the scalar sum (what gcc's
 * -ffast-math allows); on whole numbers below 2^53 both are exact and equal.
 */
export function dependency(a: usize, b: usize, c: usize, n: i32): f64 {
  let acc0 = f64x2.splat(0.0);
  let acc1 = f64x2.splat(0.0);
  const quads = n & ~3;
  for (let i = 0; i < quads; i += 4) {
    const o = <usize>i << 3;
    acc0 = f64x2.add(acc0, f64x2.add(v128.load(b + o), f64x2.abs(v128.load(a + o))));
    acc1 = f64x2.add(acc1, f64x2.add(v128.load(b + o, 16), f64x2.abs(v128.load(a + o, 16))));
  }
  let sum = (f64x2.extract_lane(acc0, 0) + f64x2.extract_lane(acc0, 1)) + (f64x2.extract_lane(acc1, 0) + f64x2.extract_lane(acc1, 1));
  for (let i = quads; i < n; i++) {
    const o = <usize>i << 3;
    sum += load<f64>(b + o) + Math.abs(load<f64>(a + o));
  }
  return sum;
}

/**
 * The branch of ./loops.ts removed by if-conversion: both arms computed for both lanes, and a
 * lane mask (a > 0) picks one per lane with v128.bitselect. Same result as the branch.
 */
export function branch(a: usize, b: usize, c: usize, n: i32): void {
  const zero = f64x2.splat(0.0);
  const pairs = n & ~1;
  for (let i = 0; i < pairs; i += 2) {
    const o = <usize>i << 3;
    const x = v128.load(a + o);
    const y = v128.load(b + o);
    v128.store(c + o, v128.bitselect(f64x2.add(y, x), f64x2.sub(y, x), f64x2.gt(x, zero)));
  }
  if (n & 1) {
    const o = <usize>pairs << 3;
    const x = load<f64>(a + o);
    store<f64>(c + o, x > 0 ? load<f64>(b + o) + x : load<f64>(b + o) - x);
  }
}
