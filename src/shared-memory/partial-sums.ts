/**
 * Shared partial sums: the 2D integration with each worker writing its partial integral into its
 * own slot of a shared Float64Array, the browser's counterpart of the HPC2N/UPPMAX course's
 * `partial_integrals = Array('d', [0]*numprocesses, lock=False)` in
 * `integration2d_multiprocessing.py`. No lock is needed because no two workers write the same
 * slot; the page adds the slots in rank order once every worker has finished.
 *
 * Layout of the buffer: Int32 [0] = workers finished (bumped with Atomics.add after the slot is
 * written, so a page that sees the count also sees the slot: an atomic write "publishes" the plain
 * write before it), Int32 [1] unused padding, then `size` Float64 slots from byte 8.
 *
 * Pure: the page, browser workers and Node worker_threads.
 */
import { blockRows } from '../kernels/decomposition.ts';
import { combineInRankOrder, integrate2dRows } from '../kernels/integrate2d.ts';
import { allocateShared } from './shared-buffer.ts';

const HEADER_BYTES = 8;

/** Views over a partial-sums buffer. */
export interface PartialSlots {
  /** The SharedArrayBuffer behind both views (post this to the workers). */
  buffer: SharedArrayBuffer;
  /** [0]: how many workers have written their slot. */
  finished: Int32Array;
  /** One partial integral per rank. */
  slots: Float64Array;
}

/**
 * Fresh shared slots for `size` workers, all zero. Any thread.
 * @throws RangeError when size is not a positive integer; Error when shared memory is unavailable
 */
export function createPartialSlots(size: number): PartialSlots {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
  return viewPartialSlots(allocateShared(HEADER_BYTES + size * Float64Array.BYTES_PER_ELEMENT));
}

/**
 * Views over an existing partial-sums buffer (as a worker receives it). Any thread.
 * @throws RangeError when the buffer is not a partial-sums buffer
 */
export function viewPartialSlots(buffer: SharedArrayBuffer): PartialSlots {
  const size = (buffer.byteLength - HEADER_BYTES) / Float64Array.BYTES_PER_ELEMENT;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a buffer of ${buffer.byteLength} bytes is not a partial-sums buffer`);
  return { buffer, finished: new Int32Array(buffer, 0, 2), slots: new Float64Array(buffer, HEADER_BYTES, size) };
}

/**
 * Rank `rank`'s share of the n x n midpoint integral of sin(x + y) over [0, pi]^2 (rows
 * `blockRows(n, size, rank)`), written into slot `rank`, then counted as finished.
 * Cost: about n^2 / size sin evaluations. Worker threads (or any thread in tests).
 *
 * @returns the partial integral it wrote
 * @throws RangeError on bad n, size or rank, or when the buffer has a different number of slots
 */
export function integrateIntoSlot(buffer: SharedArrayBuffer, n: number, rank: number): number {
  const { slots, finished } = viewPartialSlots(buffer);
  const { begin, end } = blockRows(n, slots.length, rank);
  const partial = integrate2dRows(n, begin, end);
  slots[rank] = partial;
  Atomics.add(finished, 0, 1);
  return partial;
}

/**
 * The integral: the slots added in rank order, as the course's `sum(partial_integrals)`. Any thread.
 *
 * @throws Error when not every worker has finished (reading early would be a race)
 */
export function combineSlots(view: PartialSlots): number {
  const done = Atomics.load(view.finished, 0);
  if (done !== view.slots.length) throw new Error(`only ${done} of ${view.slots.length} workers have written their partial sum`);
  return combineInRankOrder(Array.from(view.slots));
}
