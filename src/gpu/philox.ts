/**
 * Philox4x32-10, the counter-based random number generator of Salmon, Moraes, Dror and Shaw,
 * "Parallel random numbers: as easy as 1, 2, 3" (SC '11, doi:10.1145/2063384.2063405), as in
 * their Random123 library: ten rounds of two 32 × 32 → 64-bit multiplications and xors turn a
 * 128-bit counter and a 64-bit key into four 32-bit random words. There is no state to carry
 * from one number to the next, so every GPU invocation computes its own numbers from the index of
 * what it draws, and a run gives the same darts however it is split into invocations,
 * workgroups or dispatches.
 *
 * This file is the CPU twin of `shaders/philox.wgsl` (same constants, same 16-bit split of the
 * high product, since WGSL has no 64-bit integers): the unit tests check it against Random123's
 * known-answer vectors, and the GPU's dart counts against it bit for bit.
 *
 * Dart convention shared with `shaders/pi.wgsl`: dart d (0-based) of a run with seed s uses the
 * block of counter (floor(d / 2), 0, 0, 0) and key (s, stream); an even dart takes words 0 and 1,
 * an odd one words 2 and 3; each word's top 24 bits give a coordinate x = w / 2^24 in [0, 1),
 * and the dart is inside when x² + y² < 1 (tested exactly, in integers).
 *
 * Pure: any thread, and Node.
 */

/** Philox4x32 round multipliers and Weyl key increments (Random123, philox.h). */
export const PHILOX_M0 = 0xd2511f53;
export const PHILOX_M1 = 0xcd9e8d57;
export const PHILOX_W0 = 0x9e3779b9;
export const PHILOX_W1 = 0xbb67ae85;
/** Rounds of the standard Philox4x32-10. */
export const PHILOX_ROUNDS = 10;

/** High and low 32 bits of the 64-bit product of two unsigned 32-bit integers (as WGSL computes it). */
export function mulHiLo(a: number, b: number): [hi: number, lo: number] {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const bLo = b & 0xffff;
  const bHi = b >>> 16;
  const ll = aLo * bLo;
  const lh = aLo * bHi;
  const hl = aHi * bLo;
  const hh = aHi * bHi;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  const hi = (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) >>> 0;
  return [hi, Math.imul(a, b) >>> 0];
}

/**
 * The four 32-bit words of Philox4x32-10 for `counter` and `key` (unsigned 32-bit integers).
 * @param counter four words
 * @param key two words
 */
export function philox4x32(counter: readonly [number, number, number, number], key: readonly [number, number]): [number, number, number, number] {
  let [c0, c1, c2, c3] = counter.map((x) => x >>> 0) as [number, number, number, number];
  let k0 = key[0] >>> 0;
  let k1 = key[1] >>> 0;
  for (let round = 0; round < PHILOX_ROUNDS; round++) {
    const [hi0, lo0] = mulHiLo(PHILOX_M0, c0);
    const [hi1, lo1] = mulHiLo(PHILOX_M1, c2);
    [c0, c1, c2, c3] = [(hi1 ^ c1 ^ k0) >>> 0, lo1, (hi0 ^ c3 ^ k1) >>> 0, lo0];
    k0 = (k0 + PHILOX_W0) >>> 0;
    k1 = (k1 + PHILOX_W1) >>> 0;
  }
  return [c0, c1, c2, c3];
}

/** Largest dart count the shader's 32-bit counters take (2^32 - 2, so floor(d / 2) fits one word). */
export const MAX_PHILOX_DARTS = 0xfffffffe;

/**
 * Darts inside the quarter circle among darts [first, first + count) of the run with `seed`,
 * drawn as the WGSL pi kernel draws them (see the file header). CPU: about 10^7 darts per second
 * in one thread; the tests use small counts.
 *
 * @param stream second key word (the GPU pi kernel uses stream 0)
 * @throws RangeError for a negative or non-integer range, or one past {@link MAX_PHILOX_DARTS}
 */
export function philoxPiInside(seed: number, first: number, count: number, stream = 0): number {
  if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 0 || first + count > MAX_PHILOX_DARTS) {
    throw new RangeError(`philoxPiInside: darts [${first}, ${first + count}) are not a range of at most ${MAX_PHILOX_DARTS} darts.`);
  }
  const LIMIT = 2 ** 48;
  let inside = 0;
  let words: [number, number, number, number] | null = null;
  for (let d = first; d < first + count; d++) {
    if (words === null || d % 2 === 0) words = philox4x32([Math.floor(d / 2), 0, 0, 0], [seed, stream]);
    const x = (d % 2 === 0 ? words[0] : words[2]) >>> 8;
    const y = (d % 2 === 0 ? words[1] : words[3]) >>> 8;
    if (x * x + y * y < LIMIT) inside++;
  }
  return inside;
}
