/**
 * The shared-histogram race of the ADACS "Parallel Computing" workshop, made real: several threads
 * count values into the same bins of shared memory. Four ways to update a bin:
 *
 * - `plain`: `bins[b] = bins[b] + 1`, an unsynchronized read-increment-write on shared memory.
 *   Two threads that read the same old value both write old + 1, and one increment is lost: a
 *   race condition.
 * - `mutex`: the same read-increment-write inside a critical section guarded by a mutex
 *   (Drepper's mutex3, see mutex.ts): exact, one lock and unlock per increment.
 * - `atomic`: `Atomics.add(bins, b, 1)`, an indivisible read-modify-write: exact, but the
 *   threads still fight over the same cache lines (contention).
 * - `private`: each thread counts into its own histogram and adds it to the shared bins once per
 *   bin at the end, the workshop's advice for avoiding thousands of lock operations: exact and fast.
 *
 * The threads start the counting phase together through a barrier (barrier.ts), so the race has a
 * chance to show. Pure: runs in browser workers and Node worker_threads (never on a browser's main
 * thread, which may not block in Atomics.wait).
 */
import { streamGenerator } from '../kernels/xoshiro128.ts';
import { barrierWait, BARRIER_INTS } from './barrier.ts';
import { lock, unlock } from './mutex.ts';

/** How a thread updates the shared bins. */
export type HistogramVariant = 'plain' | 'mutex' | 'atomic' | 'private';

/** All variants, in the order the lab shows them. */
export const HISTOGRAM_VARIANTS: readonly HistogramVariant[] = ['plain', 'mutex', 'atomic', 'private'];

/** Most bins a histogram may have (bin indices are stored as bytes). */
export const MAX_BINS = 256;

/** Int32 slots of the sync block: a barrier followed by one mutex word. */
export const SYNC_INTS = BARRIER_INTS + 1;
/** Index of the mutex word inside the sync block. */
export const MUTEX_INDEX = BARRIER_INTS;

/** What one thread is asked to do. Everything here can be posted to a worker. */
export interface HistogramJob {
  variant: HistogramVariant;
  /** This thread's index, 0 <= rank < workers: selects its random stream. */
  rank: number;
  /** Values this thread counts (each is one increment). */
  increments: number;
  /** Number of bins, 1..MAX_BINS. */
  bins: number;
  /** Seed of the run; thread k draws its values from stream k. */
  seed: number;
  /** Shared sync block: Int32Array of SYNC_INTS (barrier initialised for all threads, mutex 0). */
  sync: Int32Array;
  /** The shared histogram: Int32Array of `bins` counters, zero at the start. */
  counts: Int32Array;
  /** Barrier timeout in ms (default 10 000): a thread that never arrives becomes an error. */
  barrierTimeoutMs?: number;
}

/** What one thread reports back. */
export interface HistogramThreadResult {
  /** How many values this thread put in each bin: what the shared bins should gain from it. */
  expected: number[];
  /** Duration of the counting phase, from leaving the barrier to the last update (ms). */
  countMs: number;
  /** When the counting phase started and ended (ms since the epoch, performance.timeOrigin based). */
  startedAt: number;
  endedAt: number;
}

/**
 * The values a thread will count: `count` bin indices drawn uniformly from [0, bins) using
 * stream `stream` of the xoshiro128** run seeded with `seed`. Reproducible.
 *
 * @throws RangeError on bins outside [1, MAX_BINS] or a negative / non-integer count
 */
export function binIndices(count: number, bins: number, seed: number, stream: number): Uint8Array {
  checkShape(count, bins);
  const rng = streamGenerator(seed, stream);
  const data = new Uint8Array(count);
  for (let i = 0; i < count; i++) data[i] = Math.floor(rng.nextDouble() * bins);
  return data;
}

/** Counts `data` into a fresh private histogram of `bins` bins (single thread, no sharing). */
export function countPrivately(data: Uint8Array, bins: number): Int32Array {
  const local = new Int32Array(bins);
  for (let i = 0; i < data.length; i++) local[data[i]!]!++;
  return local;
}

function checkShape(count: number, bins: number): void {
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS) throw new RangeError(`bins must be an integer from 1 to ${MAX_BINS}, got ${bins}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`increments must be a non-negative integer, got ${count}`);
}

/**
 * One thread's part of a shared-histogram run: draw the values, wait at the barrier for the other
 * threads, then add each value to the shared bins with the chosen variant.
 *
 * The counting loops are deliberately plain JavaScript; in particular `plain` really is
 * `counts[b] = counts[b] + 1` on shared memory, with nothing added to widen or narrow the race.
 *
 * Worker threads only (browser worker or Node worker_threads).
 *
 * @throws RangeError on a bad shape; Error when the barrier times out
 */
export function runHistogramThread(job: HistogramJob): HistogramThreadResult {
  const { variant, rank, increments, bins, seed, sync, counts } = job;
  checkShape(increments, bins);
  if (counts.length < bins) throw new RangeError(`the shared histogram has ${counts.length} bins, fewer than ${bins}`);
  const data = binIndices(increments, bins, seed, rank);
  const expected = Array.from(countPrivately(data, bins));

  barrierWait(sync, job.barrierTimeoutMs ?? 10_000);
  const t0 = performance.now();
  const n = data.length;
  switch (variant) {
    case 'plain':
      for (let i = 0; i < n; i++) {
        const b = data[i]!;
        counts[b] = counts[b]! + 1;
      }
      break;
    case 'mutex':
      for (let i = 0; i < n; i++) {
        const b = data[i]!;
        lock(sync, MUTEX_INDEX);
        counts[b] = counts[b]! + 1;
        unlock(sync, MUTEX_INDEX);
      }
      break;
    case 'atomic':
      for (let i = 0; i < n; i++) Atomics.add(counts, data[i]!, 1);
      break;
    case 'private': {
      const local = countPrivately(data, bins);
      for (let b = 0; b < bins; b++) Atomics.add(counts, b, local[b]!);
      break;
    }
    default:
      throw new RangeError(`unknown histogram variant ${String(variant)}`);
  }
  const t1 = performance.now();
  return { expected, countMs: t1 - t0, startedAt: performance.timeOrigin + t0, endedAt: performance.timeOrigin + t1 };
}

/** The outcome of one run (one trial of one variant), computed on the page from the threads' reports. */
export interface HistogramOutcome {
  /** Increments the threads made: the total the histogram must reach. */
  expectedTotal: number;
  /** What the shared bins add up to. */
  actualTotal: number;
  /** expectedTotal - actualTotal: increments lost to the race (0 when exact). */
  lost: number;
  /** True when every bin holds exactly what the threads put in it. */
  exact: boolean;
  /** Wall time of the counting phase: first thread's start to last thread's end (ms). */
  countMs: number;
}

/**
 * Compares the shared bins with what the threads say they added. Any thread.
 *
 * @param counts the shared histogram after every thread finished
 * @param results one report per thread
 */
export function histogramOutcome(counts: ArrayLike<number>, results: readonly HistogramThreadResult[]): HistogramOutcome {
  const bins = results[0]?.expected.length ?? 0;
  let expectedTotal = 0;
  let actualTotal = 0;
  let exact = true;
  for (let b = 0; b < bins; b++) {
    let want = 0;
    for (const r of results) want += r.expected[b] ?? 0;
    const got = counts[b] ?? 0;
    expectedTotal += want;
    actualTotal += got;
    if (got !== want) exact = false;
  }
  const start = Math.min(...results.map((r) => r.startedAt));
  const end = Math.max(...results.map((r) => r.endedAt));
  return { expectedTotal, actualTotal, lost: expectedTotal - actualTotal, exact, countMs: results.length ? end - start : 0 };
}

/**
 * Merges private histograms returned by message (the variant that needs no shared memory): the
 * bins summed in rank order. Any thread.
 */
export function mergeHistograms(parts: readonly ArrayLike<number>[], bins: number): Int32Array {
  const total = new Int32Array(bins);
  for (const part of parts) for (let b = 0; b < bins; b++) total[b]! += part[b] ?? 0;
  return total;
}
