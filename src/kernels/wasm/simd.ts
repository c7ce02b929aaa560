/* eslint-disable @typescript-eslint/ban-ts-comment, no-loss-of-precision -- AssemblyScript, compiled by asc (scripts/build-wasm.ts), so tsc must skip it; the Cephes coefficients keep their published 21 digits */
// @ts-nocheck
/**
 * WebAssembly SIMD kernels (128-bit vectors), in AssemblyScript: the 2D midpoint integral of
 * sin(x + y) two grid points at a time (f64x2) with a vectorized sine, and Monte Carlo pi with four
 * xoshiro128** generators side by side (i32x4). Compiled to `build/simd.wasm` with `--enable simd`;
 * loaded by ../wasm-kernels.ts. Runs in a kernel worker (or Node); no imports, no allocation.
 *
 * The vectorized sine (vsin) is the method of Cephes `sin.c` (S. L. Moshier, Cephes Math Library
 * 2.8, 2000), without branches so that both lanes take the same path:
 * 1. Range reduction: q = nearest integer to |x| · 2/π (Cephes: the octant j = 2q), so that
 *    z = |x| − q·π/2 lies in [−π/4, π/4]. z is computed Cody–Waite style with π/2 = C1 + C2 + C3
 *    in three doubles (fdlibm's pio2_1, pio2_2, pio2_2t: 33 + 33 + 53 bits). C1 and C2 have 33
 *    bits, so q·C1 and q·C2 are exact for q < 2^20 and the first subtraction is exact near
 *    multiples of π/2; about 119 bits of π/2 in all, which keeps z accurate to the last bit even
 *    where sin(x) is near 0 (x near π, 2π).
 * 2. Polynomials on [−π/4, π/4] (Cephes `sincof`, `coscof`): sin z = z + z·z²·S(z²) and
 *    cos z = 1 − z²/2 + z⁴·C(z²), S and C of degree 5 in z², the cosine's 1 − z²/2 with the
 *    rounding error of that subtraction added back (fdlibm's __cos: without it the error reaches
 *    2 ulp near z = ±π/4); both are computed and one is picked
 *    per lane (q odd: the cosine polynomial), and the sign flipped when q & 2 (and for negative x).
 * Measured maximum error against Math.sin: 1 ulp (MAX_SIN_ULP in ../wasm-kernels.ts), over 10^6
 * evenly spaced and 2·10^5 random points of [0, 2π], ±1000 ulp around every multiple of π/4 (the
 * octant edges, the zeros π and 2π) and the n = 10000 integral's arguments nearest π
 * (src/kernels/wasm-kernels.test.ts). Valid for |x| < 2^20 (beyond, q·C1 is no longer exact).
 */

// The constants live in a data segment and are read with v128.load64_splat (one instruction):
// V8 builds a v128.const from immediates at every use, which cost more than the arithmetic here.
// π/2 = C1 + C2 + C3 (fdlibm pio2_1, pio2_2, pio2_2t), then Cephes sin.c's sincof
// (S0..S5) and coscof (K0..K5), highest power first.
const K: usize = memory.data<f64>([
  reinterpret<f64>(0x3ff921fb54400000), // 0: C1 = pio2_1
  reinterpret<f64>(0x3dd0b4611a600000), // 1: C2 = pio2_2
  reinterpret<f64>(0x3ba3198a2e037073), // 2: C3 = pio2_2t
  0.6366197723675814, // 3: 2/π
  1.58962301576546568060e-10, // 4: S0
  -2.50507477628578072866e-8, // 5: S1
  2.75573136213857245213e-6, // 6: S2
  -1.98412698295895385996e-4, // 7: S3
  8.33333333332211858878e-3, // 8: S4
  -1.66666666666666307295e-1, // 9: S5
  -1.13585365213876817300e-11, // 10: K0
  2.08757008419747316778e-9, // 11: K1
  -2.75573141792967388112e-7, // 12: K2
  2.48015872888517045348e-5, // 13: K3
  -1.38888888888730564116e-3, // 14: K4
  4.16666666666665929218e-2, // 15: K5
  1.0, // 16
  0.5, // 17
  2.0, // 18
  reinterpret<f64>(0x8000000000000000), // 19: sign bit
  reinterpret<f64>(2), // 20: i64 2
  1.0 / 4294967296.0, // 21: 2^-32
  4503599627370496.0, // 22: 2^52
  reinterpret<f64>(1), // 23: i64 1
], 16);

/** Constant number `i` of K, in both f64 lanes. */
function k(i: i32): v128 {
  return v128.load64_splat(K + (<usize>i << 3));
}

/** sin of both lanes of `x` (f64x2); see the header for the method and its error. */
function vsin(x: v128): v128 {
  const signBit = v128.and(x, k(19));
  const ax = f64x2.abs(x);
  // Quadrant q = nearest integer to |x|·2/π, by adding 2^52: the sum rounds to an integer, whose
  // low bits are then q itself (bit 0: take the cosine; bit 1: flip the sign). No float-to-int
  // conversion, which V8 emulates in several instructions without AVX-512.
  const qBits = f64x2.add(f64x2.mul(ax, k(3)), k(22));
  const q = f64x2.sub(qBits, k(22));
  let z = f64x2.sub(ax, f64x2.mul(q, k(0)));
  z = f64x2.sub(z, f64x2.mul(q, k(1)));
  z = f64x2.sub(z, f64x2.mul(q, k(2)));
  const zz = f64x2.mul(z, z);
  // sin z = z + z·zz·S(zz)
  let ps = f64x2.add(f64x2.mul(k(4), zz), k(5));
  ps = f64x2.add(f64x2.mul(ps, zz), k(6));
  ps = f64x2.add(f64x2.mul(ps, zz), k(7));
  ps = f64x2.add(f64x2.mul(ps, zz), k(8));
  ps = f64x2.add(f64x2.mul(ps, zz), k(9));
  const sinz = f64x2.add(z, f64x2.mul(f64x2.mul(z, zz), ps));
  // cos z = 1 − zz/2 + zz·zz·C(zz)
  let pc = f64x2.add(f64x2.mul(k(10), zz), k(11));
  pc = f64x2.add(f64x2.mul(pc, zz), k(12));
  pc = f64x2.add(f64x2.mul(pc, zz), k(13));
  pc = f64x2.add(f64x2.mul(pc, zz), k(14));
  pc = f64x2.add(f64x2.mul(pc, zz), k(15));
  // 1 − zz/2 rounded, and what the rounding lost (fdlibm's __cos trick: keeps cos within 1 ulp near z = ±π/4)
  const hz = f64x2.mul(zz, k(17));
  const w = f64x2.sub(k(16), hz);
  const lost = f64x2.sub(f64x2.sub(k(16), w), hz);
  const cosz = f64x2.add(w, f64x2.add(lost, f64x2.mul(f64x2.mul(zz, zz), pc)));
  const useSin = i64x2.eq(v128.and(qBits, k(23)), i64x2.splat(0));
  const flip = i64x2.shl(v128.and(qBits, k(20)), 62);
  return v128.xor(v128.bitselect(sinz, cosz, useSin), v128.xor(flip, signBit));
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
 * same grid points as the js kernel (y = h · (j + 0.5) computed exactly as there), two columns per
 * step, summed in two lanes (lane 0: even columns, lane 1: odd ones) added at the end; an odd n
 * leaves one column, computed in lane 0 alone.
 */
export function integrateRows(n: i32, begin: i32, end: i32): f64 {
  const h = Math.PI / <f64>n;
  const hv = f64x2.splat(h);
  const half = k(17);
  const two = k(18);
  const pairs = n >> 1;
  let acc = f64x2.splat(0.0);
  for (let i = begin; i < end; i++) {
    const xv = f64x2.splat(h * (<f64>i + 0.5));
    let jv = f64x2(0.0, 1.0);
    for (let k: i32 = 0; k < pairs; k++) {
      const yv = f64x2.mul(hv, f64x2.add(jv, half));
      acc = f64x2.add(acc, vsin(f64x2.add(xv, yv)));
      jv = f64x2.add(jv, two);
    }
    if (n & 1) {
      const yv = f64x2.mul(hv, f64x2.add(jv, half));
      const s = vsin(f64x2.add(xv, yv));
      acc = f64x2.add(acc, v128.and(s, i64x2(-1, 0)));
    }
  }
  const sum = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  return h * h * sum;
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
  const unit = k(21);
  const one = k(16);
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
