/**
 * The workhorse kernel: the midpoint rule for the integral of sin(x + y) over [0, pi] x [0, pi].
 *
 * Source: `integration2d_serial.py` and its parallel versions in the HPC2N/UPPMAX/LUNARC/NSC/PDC
 * course "Parallel computing with Python". The exact value of the integral is 0; the course
 * prints -7.117752e-17 serially and 4.492851e-12 with 4 workers for n = 10000. The loop below
 * does the same floating-point operations in the same order, so it reproduces both figures.
 *
 * Pure: runs on the main thread, in workers and in Node.
 */
import { abortError } from '../lib/abort.ts';
import { decompose } from './decomposition.ts';

/** Exact value of the integral of sin(x + y) over [0, pi]^2. */
export const EXACT_INTEGRAL = 0;

/**
 * Partial midpoint sum for the rows `[begin, end)` of an `n x n` grid, already scaled by h^2,
 * as each worker of the course computes it (`partial_integrals[k] = h**2 * mysum`).
 *
 * Cost: `(end - begin) * n` evaluations of sin.
 *
 * @param n grid points per axis (positive integer)
 * @param begin first row (inclusive)
 * @param end last row (exclusive), begin <= end <= n
 * @param shouldStop checked before every row (n evaluations, well under a millisecond at the
 *   course's n); when it returns true the block ends with an AbortError. The sum itself is one
 *   running sum whether or not it is given, so the digits never change.
 * @returns h^2 times the sum of sin(x_i + y_j) over the block
 * @throws RangeError on a non-integer n or a block outside [0, n]; DOMException AbortError when
 *   `shouldStop` returns true
 */
export function integrate2dRows(n: number, begin: number, end: number, shouldStop?: () => boolean): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end > n || begin > end) {
    throw new RangeError(`rows [${begin}, ${end}) are not a block of [0, ${n})`);
  }
  const h = Math.PI / n;
  let sum = 0;
  for (let i = begin; i < end; i++) {
    if (shouldStop?.()) throw abortError('The block was stopped');
    const x = h * (i + 0.5);
    for (let j = 0; j < n; j++) {
      const y = h * (j + 0.5);
      sum += Math.sin(x + y);
    }
  }
  return h * h * sum;
}

/**
 * Combines partial integrals in rank order, as the course's `sum(partial_integrals)` does.
 * Floating-point addition is not associative, so the order matters in the last digits.
 *
 * @param partials partial integrals, index = rank
 */
export function combineInRankOrder(partials: readonly number[]): number {
  let total = 0;
  for (const p of partials) total += p;
  return total;
}

/**
 * The whole integral computed on one thread as `workers` blocks combined in rank order:
 * the result a run on `workers` workers must match bit for bit.
 *
 * Cost: n^2 evaluations of sin; n = 10000 takes about a second on one core.
 *
 * @param n grid points per axis
 * @param workers number of row blocks (1 reproduces the serial program)
 * @throws RangeError on invalid n or workers
 */
export function integrate2d(n: number, workers = 1): number {
  return combineInRankOrder(decompose(n, workers).map(({ begin, end }) => integrate2dRows(n, begin, end)));
}
