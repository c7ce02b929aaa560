// @ts-nocheck -- AssemblyScript, compiled by asc (scripts/build-wasm.ts); ESLint skips it too (eslint.config.js)
/**
 * WebAssembly SIMD kernels (128-bit vectors), in AssemblyScript: the 2D midpoint integral of
 * sin(x + y) four grid points per step (two f64x2 vectors) with a vectorized sine, and Monte Carlo
 * pi with four xoshiro128** generators side by side (i32x4). Compiled twice by
 * scripts/build-wasm.ts: `build/simd.wasm` (`--enable simd`) and `build/simd-fma.wasm` (also
 * `--enable relaxed-simd`, where every multiply-add below is one `f64x2.relaxed_madd`: a fused
 * multiply-add on CPUs that have one, as gcc emits with `-march=native`). Loaded by
 * ../wasm-kernels.ts, which picks simd-fma.wasm where the engine has relaxed SIMD. Runs in a
 * kernel worker (or Node); no imports, no allocation.
 *
 * The vectorized sine (vsin), without branches so that both lanes take the same path:
 * 1. Range reduction by π (the method of glibc's vector sine, libmvec, which gcc calls for a
 *    vectorized loop): q = nearest integer to x/π, r = x − q·π in [−π/2, π/2], and
 *    sin x = (−1)^q · sin r. q is found by adding 1.5 · 2^52 to x/π, which rounds the sum to an
 *    integer whose lowest mantissa bit is the parity of q (the sign flip, moved to the sign bit by
 *    one shift); no float-to-int conversion. r is computed Cody–Waite style with π in three
 *    doubles, PI_1 + PI_2 + PI_3 (twice fdlibm's pio2_1, pio2_2, pio2_2t: 33 + 33 + 53 bits).
 *    PI_1 and PI_2 have 33 bits, so q·PI_1 and q·PI_2 are exact for |q| < 2^20, fused or not,
 *    and the first subtraction is exact near multiples of π (Sterbenz); about 119 bits of π in
 *    all, which keeps r accurate where sin x is near 0 (x near π, 2π).
 * 2. One odd polynomial on [−π/2, π/2]: sin r = r + r·t·P(t), t = r², P of degree 7 in t (terms
 *    up to r^17), evaluated by Horner's rule. P interpolates (sin r − r)/r³ at the 8 Chebyshev
 *    nodes of t in [0, (π/2)²], solved in 60-digit decimal arithmetic from the Taylor series
 *    (scripts/sin-polynomial.py prints the coefficients and the interpolant's error, 1.3e-18
 *    relative: the doubles' rounding, not the polynomial, sets the final error).
 * Measured maximum error against Math.sin: 2 ulp (MAX_SIN_ULP in ../wasm-kernels.ts), over 10^6
 * evenly spaced and 2·10^5 random points of [0, 2π], ±1000 ulp around every multiple of π/4 (the
 * zeros π and 2π among them) and the n = 10000 integral's arguments nearest π, for both builds
 * (src/kernels/wasm-kernels.test.ts); over 2·10^6 evenly spaced points, 78 % of the sines equal
 * Math.sin, and fewer than 0.1 % are 2 ulp away. Valid for |x| < 2^20 (beyond, q·PI_1 is no
 * longer exact).
 */

// The constants live in a data segment and are read with v128.load64_splat (one instruction):
// V8 builds a v128.const from immediates at every use, which cost more than the arithmetic here.
const K: usize = memory.data<f64>([
  reinterpret<f64>(0x400921fb54400000), // 0: PI_1 = 2 pio2_1
  reinterpret<f64>(0x3de0b4611a600000), // 1: PI_2 = 2 pio2_2
  reinterpret<f64>(0x3bb3198a2e037073), // 2: PI_3 = 2 pio2_2t
  0.3183098861837907, // 3: 1/π
  6755399441055744.0, // 4: 1.5 · 2^52, the rounding shifter
  2.7314447669863995e-15, // 5: P7 (P's coefficients, highest power first)
  -7.643970296798572e-13, // 6: P6
  1.6058977312464087e-10, // 7: P5
  -2.5052107616996182e-8, // 8: P4
  2.7557319219163234e-6, // 9: P3
  -1.9841269841254974e-4, // 10: P2
  8.333333333333316e-3, // 11: P1
  -1.6666666666666666e-1, // 12: P0
  1.0, // 13
  0.5, // 14
  4.0, // 15
  1.0 / 4294967296.0, // 16: 2^-32
], 16);

// Indices into K.
const PI_1: i32 = 0;
const PI_2: i32 = 1;
const PI_3: i32 = 2;
const INV_PI: i32 = 3;
const SHIFTER: i32 = 4;
const P7: i32 = 5;
const P6: i32 = 6;
const P5: i32 = 7;
const P4: i32 = 8;
const P3: i32 = 9;
const P2: i32 = 10;
const P1: i32 = 11;
const P0: i32 = 12;
const ONE: i32 = 13;
const HALF: i32 = 14;
const FOUR: i32 = 15;
const TWO_TO_MINUS_32: i32 = 16;

/** Constant number `i` of K, in both f64 lanes. */
function k(i: i32): v128 {
  return v128.load64_splat(K + (<usize>i << 3));
}

/** a·b + c in both lanes: fused in simd-fma.wasm (relaxed SIMD) where the CPU has FMA, else a multiply then an add. */
@inline function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, c);
  return f64x2.add(f64x2.mul(a, b), c);
}

/** c − a·b in both lanes, as {@link madd}. */
@inline function nmadd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_nmadd(a, b, c);
  return f64x2.sub(c, f64x2.mul(a, b));
}

/** sin of both lanes of `x` (f64x2); see the header for the method and its error. */
@inline function vsin(x: v128): v128 {
  // q = round(x / π), by adding 1.5 · 2^52 (qBits) and subtracting it again.
  const qBits = madd(x, k(INV_PI), k(SHIFTER));
  const q = f64x2.sub(qBits, k(SHIFTER));
  // r = x − q·π, with π in three parts.
  let r = nmadd(q, k(PI_1), x);
  r = nmadd(q, k(PI_2), r);
  r = nmadd(q, k(PI_3), r);
  // sin r = r + r·t·P(t), t = r², P by Horner's rule.
  const t = f64x2.mul(r, r);
  let p = madd(k(P7), t, k(P6));
  p = madd(p, t, k(P5));
  p = madd(p, t, k(P4));
  p = madd(p, t, k(P3));
  p = madd(p, t, k(P2));
  p = madd(p, t, k(P1));
  p = madd(p, t, k(P0));
  const s = madd(f64x2.mul(r, t), p, r);
  // (−1)^q: the parity of q, bit 0 of qBits, moved to the sign bit.
  return v128.xor(s, i64x2.shl(qBits, 63));
}

/**
 * Scratch memory for {@link sinBuffer}: SIN_BUFFER_LENGTH doubles, 16-byte aligned.
 */
const SIN_BUFFER_LENGTH: i32 = 65536;
const sinBufferPtr: usize = memory.data(SIN_BUFFER_LENGTH * 8, 16);

/** Address of the sine buffer (doubles) in this module's memory. */
export function sinBufferAddress(): usize {
  return sinBufferPtr;
}

/** Capacity of the sine buffer, in doubles. */
export function sinBufferLength(): i32 {
  return SIN_BUFFER_LENGTH;
}

/** Replaces the first `count` (even, ≤ capacity) doubles of the sine buffer by their vsin. For tests. */
export function sinBuffer(count: i32): void {
  for (let k: i32 = 0; k + 1 < count; k += 2) {
    const p = sinBufferPtr + (<usize>k << 3);
    v128.store(p, vsin(v128.load(p)));
  }
}

/**
 * Midpoint sum of sin(x + y) over rows [begin, end) of the n × n grid on [0, π]², times h²: the
 * same grid points as the js kernel (y = h · (j + 0.5) computed exactly as there), four columns
 * per step in two f64x2 vectors, each summed in its own accumulator (so four partial sums: columns
 * j ≡ 0, 1, 2, 3 mod 4) added at the end; two independent vectors per step keep both of the CPU's
 * vector units busy while each sine waits on its own chain of multiply-adds. When 4 does not
 * divide n, the last n mod 4 columns are summed by one more step with the unused lanes masked.
 */
export function integrateRows(n: i32, begin: i32, end: i32): f64 {
  const h = Math.PI / <f64>n;
  const hv = f64x2.splat(h);
  const half = k(HALF);
  const four = k(FOUR);
  const quads = n >> 2;
  const rest = n & 3;
  // Lanes of the last, partial step that hold columns below n: all ones where they do.
  const keep0 = i64x2(-1, rest > 1 ? -1 : 0);
  const keep1 = i64x2(rest > 2 ? -1 : 0, 0);
  let acc0 = f64x2.splat(0.0);
  let acc1 = f64x2.splat(0.0);
  for (let i = begin; i < end; i++) {
    const xv = f64x2.splat(h * (<f64>i + 0.5));
    let j0 = f64x2(0.0, 1.0);
    let j1 = f64x2(2.0, 3.0);
    for (let c: i32 = 0; c < quads; c++) {
      acc0 = f64x2.add(acc0, vsin(f64x2.add(xv, f64x2.mul(hv, f64x2.add(j0, half)))));
      acc1 = f64x2.add(acc1, vsin(f64x2.add(xv, f64x2.mul(hv, f64x2.add(j1, half)))));
      j0 = f64x2.add(j0, four);
      j1 = f64x2.add(j1, four);
    }
    if (rest) {
      acc0 = f64x2.add(acc0, v128.and(vsin(f64x2.add(xv, f64x2.mul(hv, f64x2.add(j0, half)))), keep0));
      acc1 = f64x2.add(acc1, v128.and(vsin(f64x2.add(xv, f64x2.mul(hv, f64x2.add(j1, half)))), keep1));
    }
  }
  const acc = f64x2.add(acc0, acc1);
  return h * h * (f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1));
}

/**
 * State of the four generators of {@link samplePi}: s0 of lanes 0..3, then s1, s2, s3 (16 int32).
 * The caller writes the lanes' start states here; samplePi leaves their end states.
 */
const statePtr: usize = memory.data(64, 16);

/** Address of the generator state (16 int32, see statePtr) in this module's memory. */
export function stateAddress(): usize {
  return statePtr;
}

/**
 * Throws `darts` darts with four xoshiro128** generators, one per i32x4 lane (state at
 * {@link stateAddress}); lane l throws darts / 4 darts plus one when l < darts % 4, each dart two
 * consecutive outputs of its lane (x, then y) turned into doubles in [0, 1) and tested with
 * x² + y² < 1 in double precision, as the js kernel does. Returns how many landed inside.
 */
export function samplePi(darts: u32): u32 {
  let s0 = v128.load(statePtr);
  let s1 = v128.load(statePtr, 16);
  let s2 = v128.load(statePtr, 32);
  let s3 = v128.load(statePtr, 48);
  const unit = k(TWO_TO_MINUS_32);
  const one = k(ONE);
  let inside = i64x2.splat(0);
  const rounds = darts >> 2;
  const rest = darts & 3;
  const total = rounds + (rest ? 1 : 0);
  for (let k: u32 = 0; k < total; k++) {
    // Output x: rotl(s1 * 5, 7) * 9, then one step of the state.
    let r = i32x4.add(i32x4.shl(s1, 2), s1);
    r = v128.or(i32x4.shl(r, 7), i32x4.shr_u(r, 25));
    const ox = i32x4.add(i32x4.shl(r, 3), r);
    let t = i32x4.shl(s1, 9);
    s2 = v128.xor(s2, s0);
    s3 = v128.xor(s3, s1);
    s1 = v128.xor(s1, s2);
    s0 = v128.xor(s0, s3);
    s2 = v128.xor(s2, t);
    s3 = v128.or(i32x4.shl(s3, 11), i32x4.shr_u(s3, 21));
    // Output y, and another step.
    r = i32x4.add(i32x4.shl(s1, 2), s1);
    r = v128.or(i32x4.shl(r, 7), i32x4.shr_u(r, 25));
    const oy = i32x4.add(i32x4.shl(r, 3), r);
    t = i32x4.shl(s1, 9);
    s2 = v128.xor(s2, s0);
    s3 = v128.xor(s3, s1);
    s1 = v128.xor(s1, s2);
    s0 = v128.xor(s0, s3);
    s2 = v128.xor(s2, t);
    s3 = v128.or(i32x4.shl(s3, 11), i32x4.shr_u(s3, 21));
    // Lanes 0, 1 and lanes 2, 3 as doubles.
    const x01 = f64x2.mul(f64x2.convert_low_i32x4_u(ox), unit);
    const y01 = f64x2.mul(f64x2.convert_low_i32x4_u(oy), unit);
    const x23 = f64x2.mul(f64x2.convert_low_i32x4_u(v128.shuffle<i32>(ox, ox, 2, 3, 2, 3)), unit);
    const y23 = f64x2.mul(f64x2.convert_low_i32x4_u(v128.shuffle<i32>(oy, oy, 2, 3, 2, 3)), unit);
    let in01 = f64x2.lt(f64x2.add(f64x2.mul(x01, x01), f64x2.mul(y01, y01)), one);
    let in23 = f64x2.lt(f64x2.add(f64x2.mul(x23, x23), f64x2.mul(y23, y23)), one);
    if (k == rounds) {
      // The last, partial round: only lanes below `rest` throw.
      in01 = v128.and(in01, i64x2(-1, rest > 1 ? -1 : 0));
      in23 = v128.and(in23, i64x2(rest > 2 ? -1 : 0, 0));
    }
    // A true comparison is all ones (−1): subtracting it counts one.
    inside = i64x2.sub(inside, i64x2.add(in01, in23));
  }
  v128.store(statePtr, s0);
  v128.store(statePtr, s1, 16);
  v128.store(statePtr, s2, 32);
  v128.store(statePtr, s3, 48);
  return <u32>(i64x2.extract_lane(inside, 0) + i64x2.extract_lane(inside, 1));
}
