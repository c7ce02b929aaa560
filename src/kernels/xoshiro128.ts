/**
 * xoshiro128** 1.0, a 32-bit pseudo-random generator with a 2^128 - 1 period, and its jump
 * function, which advances a generator by 2^64 steps so that consecutive jumps give
 * non-overlapping streams for parallel tasks.
 *
 * Source: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it (xoshiro128starstar.c).
 * The state is seeded from a 53-bit integer with SplitMix32-style mixing (Vigna's advice: never
 * seed xoshiro with a state of low entropy such as all zeros).
 *
 * Pure: runs on the main thread, in workers and in Node.
 */

const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;

/** 2^-32: turns a uint32 into a double in [0, 1). */
const TO_UNIT = 1 / 4294967296;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Mixes a 32-bit value (the finaliser of MurmurHash3 / SplitMix32). */
function mix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A xoshiro128** generator. Mutable: every call advances the state.
 *
 * The state lives in an Int32Array: engines that box integers above 2^30 in object fields (V8 with
 * pointer compression, as in Chrome) would otherwise allocate on every step and run ~10x slower.
 */
export class Xoshiro128 {
  private readonly s = new Int32Array(4);

  /**
   * @param seed any safe integer; equal seeds give equal sequences
   * @throws RangeError when seed is not a safe integer
   */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    let x = (lo ^ Math.imul(hi, 0x9e3779b9)) >>> 0;
    for (let k = 0; k < 4; k++) {
      x = (x + 0x9e3779b9) >>> 0;
      this.s[k] = mix32(x);
    }
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  /** Next output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const s = this.s;
    const s1 = s[1]!;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s[2] = s[2]! ^ s[0]!;
    s[3] = s[3]! ^ s1;
    s[1] = s[1]! ^ s[2]!;
    s[0] = s[0]! ^ s[3]!;
    s[2] = s[2]! ^ t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** Next output as a double uniform in [0, 1) with 32 random bits. */
  nextDouble(): number {
    return this.nextUint32() * TO_UNIT;
  }

  /** Advances the state by 2^64 calls of {@link nextUint32} (the reference `jump()`). */
  jump(): void {
    const s = this.s;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (const word of JUMP) {
      for (let bit = 0; bit < 32; bit++) {
        if ((word >>> bit) & 1) {
          a ^= s[0]!;
          b ^= s[1]!;
          c ^= s[2]!;
          d ^= s[3]!;
        }
        this.nextUint32();
      }
    }
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
  }

  /** The current state, for tests and checkpoints: four uint32 words. */
  state(): [number, number, number, number] {
    const s = this.s;
    return [s[0]! >>> 0, s[1]! >>> 0, s[2]! >>> 0, s[3]! >>> 0];
  }
}

/**
 * The generator for stream `stream` of a run seeded with `seed`: the seeded generator advanced
 * by `stream` jumps of 2^64 steps, so streams 0, 1, 2, ... never overlap for any practical n.
 *
 * Cost: 128 generator steps per jump, so stream k costs 128 k steps to reach.
 *
 * @param seed run seed (safe integer)
 * @param stream task index, a non-negative integer
 * @throws RangeError on a bad seed or stream
 */
export function streamGenerator(seed: number, stream: number): Xoshiro128 {
  if (!Number.isInteger(stream) || stream < 0) throw new RangeError(`stream must be a non-negative integer, got ${stream}`);
  const rng = new Xoshiro128(seed);
  for (let k = 0; k < stream; k++) rng.jump();
  return rng;
}
