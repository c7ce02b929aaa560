/**
 * Monte Carlo estimate of pi by throwing darts at the unit square.
 *
 * Source: `sample(n)` in Aalto's "Python for Scientific Computing" (parallel lesson) and the MPI
 * darts program of the same course: a dart (x, y) uniform in [0, 1)^2 lands inside the quarter
 * circle when x^2 + y^2 < 1, which happens with probability pi/4.
 *
 * Pure: runs on the main thread, in workers and in Node.
 */
import { abortError } from '../lib/abort.ts';
import { streamGenerator } from './xoshiro128.ts';

/** 2^-32: turns a uint32 into a double in [0, 1), as Xoshiro128.nextDouble does. */
const TO_UNIT = 1 / 4294967296;

/** `shouldStop` is checked when the dart index is a multiple of 2^20 (a few milliseconds of darts). */
const STOP_CHECK_MASK = (1 << 20) - 1;

/** What one sample returns, as the course's `sample(n)` returns `(n, number_in_circle)`. */
export interface PiSample {
  /** Darts thrown. */
  n: number;
  /** Darts with x^2 + y^2 < 1. */
  inside: number;
}

/**
 * Throws `n` darts using stream `stream` of the run seeded with `seed`, so that a run is
 * reproducible for the same seed, n and decomposition, and different tasks draw independent
 * sequences (xoshiro128** jump-ahead, see `streamGenerator`).
 *
 * Cost: n darts, two generator calls each.
 *
 * @param n darts to throw (non-negative integer, at most 2^53)
 * @param seed run seed (safe integer)
 * @param stream task index (non-negative integer)
 * @param shouldStop checked every 2^20 darts (a few milliseconds); when it returns true the
 *   block ends with an AbortError. The darts drawn are the same whether or not it is given.
 * @throws RangeError on invalid arguments; DOMException AbortError when `shouldStop` returns true
 */
export function samplePi(n: number, seed: number, stream: number, shouldStop?: () => boolean): PiSample {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  // The generator's steps are inlined on local int32 variables: the same sequence as
  // Xoshiro128.nextDouble (a unit test checks it) at several times the speed in Chrome,
  // where an out-of-line call returning a uint32 can allocate.
  let [s0, s1, s2, s3] = streamGenerator(seed, stream).state().map((w) => w | 0) as [number, number, number, number];
  let inside = 0;
  for (let i = 0; i < n; i++) {
    if ((i & STOP_CHECK_MASK) === 0 && shouldStop?.()) throw abortError('The block was stopped');
    let r = Math.imul(s1, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const x = (r >>> 0) * TO_UNIT;
    r = Math.imul(s1, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const y = (r >>> 0) * TO_UNIT;
    if (x * x + y * y < 1) inside++;
  }
  return { n, inside };
}

/**
 * Adds samples, as the course adds the `(n, inside)` pairs returned by its pool or gathered by MPI.
 *
 * @param samples per-task samples (any order; integer addition is exact)
 */
export function combineSamples(samples: readonly PiSample[]): PiSample {
  return samples.reduce((acc, s) => ({ n: acc.n + s.n, inside: acc.inside + s.inside }), { n: 0, inside: 0 });
}

/**
 * The estimate 4 * inside / n and its standard error 4 * sqrt(p (1 - p) / n), p = pi / 4.
 *
 * @returns `{ estimate, standardError }`; NaN for n = 0
 */
export function piEstimate(sample: PiSample): { estimate: number; standardError: number } {
  const p = Math.PI / 4;
  return {
    estimate: (4 * sample.inside) / sample.n,
    standardError: 4 * Math.sqrt((p * (1 - p)) / sample.n),
  };
}

/**
 * Splits `total` darts among `tasks` tasks as evenly as integers allow (the first
 * `total % tasks` tasks take one extra dart).
 *
 * @throws RangeError on a non-integer total or a non-positive task count
 */
export function splitDarts(total: number, tasks: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (!Number.isInteger(tasks) || tasks < 1) throw new RangeError(`tasks must be a positive integer, got ${tasks}`);
  const base = Math.floor(total / tasks);
  const extra = total % tasks;
  return Array.from({ length: tasks }, (_, k) => base + (k < extra ? 1 : 0));
}
