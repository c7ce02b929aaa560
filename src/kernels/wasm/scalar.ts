// @ts-nocheck -- AssemblyScript, compiled by asc (scripts/build-wasm.ts); ESLint skips it too (eslint.config.js)
/**
 * Scalar WebAssembly kernels, in AssemblyScript: the 2D midpoint integral of sin(x + y) and Monte
 * Carlo pi with one xoshiro128** generator, the same loops as the js kernels (../integrate2d.ts,
 * ../monte-carlo-pi.ts). Compiled to `build/scalar.wasm` without SIMD (it runs wherever
 * WebAssembly does); loaded by ../wasm-kernels.ts. Runs in a kernel worker (or Node); no imports,
 * no allocation.
 *
 * The integral carries its own sine (`sine` below), compiled into the module, as a C program
 * carries libm's: the loop is the js kernel's, with this sine in place of Math.sin. Calling
 * Math.sin through an import instead (which gives the js digits bit for bit) ran at about two
 * thirds of this kernel's speed in Chromium 156 (0.98 against 1.48 × gcc -O2's loop, medians of 7
 * interleaved rounds), and at 0.86 × gcc -O2 in the benchmark: each call leaves the module for
 * the engine's own sine.
 *
 * The sine follows the method of fdlibm's sin (Sun Microsystems, 1993: s_sin.c, k_sin.c, k_cos.c,
 * e_rem_pio2.c), restricted to the arguments of the integral, with our own polynomials:
 * 1. Range reduction by π/2: q = nearest integer to x · 2/π (by adding 1.5 · 2^52, whose sum's low
 *    mantissa bits are q, so the quadrant needs no float-to-int conversion), then r = x − q · π/2,
 *    Cody–Waite style with π/2 in three doubles (fdlibm's pio2_1, pio2_2, pio2_2t: 33 + 33 + 53
 *    bits). PIO2_1 and PIO2_2 have 33 bits, so q · PIO2_1 and q · PIO2_2 are exact for
 *    |q| < 2^20, and the first subtraction is exact near multiples of π/2 (Sterbenz); about 119
 *    bits of π/2 in all, so r keeps its digits where sin x is near 0 (x near π and 2π). r is in
 *    [−π/4, π/4].
 * 2. By the quadrant q mod 4: sin x = sin r, cos r, −sin r, −cos r. On [−π/4, π/4],
 *    sin r = r + r³ · S(t) and cos r = 1 − t/2 + t² · C(t), t = r², with S of degree 6 and C of
 *    degree 5, by Horner's rule: Chebyshev interpolants computed in 60-digit decimal arithmetic by
 *    scripts/sin-polynomial.py (their own errors, 7.9e-21 and 6.9e-19 relative, are far below an
 *    ulp; cluster/sin-polynomial.test.ts checks the constants below against its output). The
 *    rounding error of 1 − t/2 is added back, as fdlibm's k_cos.c does.
 * Unlike fdlibm, r is one double, without a tail of the bits below it: the sine stays within
 * 1 ulp, and runs about 20 % faster. With the tail, 97 % of its results equalled Chromium's
 * Math.sin over [0, 2π]; without it, 86 %.
 * Measured error against Math.sin: at most MAX_SCALAR_SIN_ULP ulp (../wasm-kernels.ts) over 10^6
 * evenly spaced and 2 · 10^5 random points of [0, 2π] and around every multiple of π/4
 * (src/kernels/wasm-kernels.test.ts). Valid for |x| < 2^20 (beyond, q · PIO2_1 is no longer exact).
 */

// π/2 in three parts (fdlibm's pio2_1, pio2_2, pio2_2t), 2/π and the rounding shifter.
const PIO2_1: f64 = reinterpret<f64>(0x3ff921fb54400000);
const PIO2_2: f64 = reinterpret<f64>(0x3dd0b4611a600000);
const PIO2_3: f64 = reinterpret<f64>(0x3ba3198a2e037073);
const TWO_OVER_PI: f64 = 0.6366197723675814;
const SHIFTER: f64 = 6755399441055744.0; // 1.5 · 2^52

// S(t), from the constant term up (scripts/sin-polynomial.py, "scalar S").
const S0: f64 = -0.16666666666666666;
const S1: f64 = 0.008333333333333331;
const S2: f64 = -0.00019841269841265065;
const S3: f64 = 2.7557319219339167e-6;
const S4: f64 = -2.5052106232447578e-8;
const S5: f64 = 1.6058531618986147e-10;
const S6: f64 = -7.586697117706918e-13;

// C(t), from the constant term up (scripts/sin-polynomial.py, "scalar C").
const C0: f64 = 0.041666666666666664;
const C1: f64 = -0.0013888888888887398;
const C2: f64 = 2.480158729876569e-5;
const C3: f64 = -2.7557317271729793e-7;
const C4: f64 = 2.08761462684032e-9;
const C5: f64 = -1.1382632425521717e-11;

/** sin x for |x| < 2^20; see the header for the method and its error. */
@inline function sine(x: f64): f64 {
  // q = round(x · 2/π): qBits holds q in its low mantissa bits.
  const qBits = x * TWO_OVER_PI + SHIFTER;
  const q = qBits - SHIFTER;
  const quadrant = <i32>reinterpret<u64>(qBits);
  // r = x − q·π/2, π/2 in three parts.
  const a = x - q * PIO2_1; // exact
  const b = a - q * PIO2_2; // q·PIO2_2 exact
  const r = b - q * PIO2_3;
  const t = r * r;
  let s: f64;
  if ((quadrant & 1) == 0) {
    // sin r = r + r³·S(t).
    s = r + t * r * (S0 + t * (S1 + t * (S2 + t * (S3 + t * (S4 + t * (S5 + t * S6))))));
  } else {
    // cos r = 1 − t/2 + t²·C(t), with the rounding error of 1 − t/2 added back.
    const half = 0.5 * t;
    const one = 1.0 - half;
    s = one + (1.0 - one - half + t * t * (C0 + t * (C1 + t * (C2 + t * (C3 + t * (C4 + t * C5))))));
  }
  return (quadrant & 2) != 0 ? -s : s;
}

/** {@link sine} of one number (for the unit test of its error). */
export function sin1(x: f64): f64 {
  return sine(x);
}

/**
 * Midpoint sum of sin(x + y) over rows [begin, end) of the n × n grid on [0, π]², times h²:
 * the js kernel's `integrate2dRows`, operation for operation and in the same order of additions,
 * with {@link sine} for Math.sin. The inner loop is unrolled by hand, four points per step (V8
 * does not unroll loops, and each step's bookkeeping then serves four sines).
 */
export function integrateRows(n: i32, begin: i32, end: i32): f64 {
  const h = Math.PI / <f64>n;
  const whole = n & ~3;
  let sum = 0.0;
  for (let i = begin; i < end; i++) {
    const x = h * (<f64>i + 0.5);
    let j: i32 = 0;
    for (; j < whole; j += 4) {
      const s0 = sine(x + h * (<f64>j + 0.5));
      const s1 = sine(x + h * (<f64>(j + 1) + 0.5));
      const s2 = sine(x + h * (<f64>(j + 2) + 0.5));
      const s3 = sine(x + h * (<f64>(j + 3) + 0.5));
      sum += s0;
      sum += s1;
      sum += s2;
      sum += s3;
    }
    for (; j < n; j++) sum += sine(x + h * (<f64>j + 0.5));
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
