/**
 * Block decomposition of a range of rows among workers (ranks).
 *
 * Source: the 2D-integration examples of the HPC2N/UPPMAX/LUNARC/NSC/PDC course
 * "Parallel computing with Python", where worker k of p takes
 * `begin = int(n/p * k)` and `end = int(n/p * (k+1))`.
 *
 * Pure: runs on the main thread, in workers and in Node.
 */

/** A half-open block of rows `[begin, end)`. */
export interface RowBlock {
  /** First row of the block (inclusive). */
  begin: number;
  /** One past the last row of the block (exclusive). */
  end: number;
}

/**
 * Rows owned by rank `rank` of `size` when `n` rows are split into contiguous blocks:
 * `[trunc(rank * n / size), trunc((rank + 1) * n / size))`.
 *
 * Every row in `[0, n)` lands in exactly one block, and block sizes differ by at most one.
 * The arithmetic is the course's (`workload = n / size`, then `int(workload * rank)`), done in
 * doubles as Python does, so the blocks are the course's blocks for every n it uses.
 *
 * @param n number of rows (non-negative integer)
 * @param size number of workers (positive integer)
 * @param rank this worker's index, 0 <= rank < size
 * @throws RangeError when n, size or rank are not integers in range
 */
export function blockRows(n: number, size: number, rank: number): RowBlock {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
  if (!Number.isInteger(rank) || rank < 0 || rank >= size) {
    throw new RangeError(`rank must be an integer in [0, ${size}), got ${rank}`);
  }
  const workload = n / size;
  const begin = Math.trunc(workload * rank);
  const end = rank === size - 1 ? n : Math.trunc(workload * (rank + 1));
  return { begin, end };
}

/**
 * All blocks of a decomposition, in rank order (see {@link blockRows}).
 *
 * @returns an array of `size` blocks covering `[0, n)` exactly once
 * @throws RangeError as {@link blockRows}
 */
export function decompose(n: number, size: number): RowBlock[] {
  return Array.from({ length: size }, (_, rank) => blockRows(n, size, rank));
}
