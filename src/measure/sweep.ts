/**
 * A speedup sweep: the same computation timed on several worker counts.
 *
 * Method (honest measurement): for each worker count, the measurement loop of ./measure.ts
 * discards `warmups` runs (they start workers and let the JIT compile the kernel), then times
 * `repeats` runs with `performance.now()` on the page, from dispatch to the last result; the row
 * reports their median, min and max and keeps every timed run. Speedup is against the 1-worker median. Worker counts run in ascending order so the
 * baseline is known before the rows that need it. Between worker counts, an optional `settle`
 * step lets the page draw the finished row before the next count's workers start.
 *
 * Main thread (it only awaits `runOnce`), or Node in tests.
 */
import { efficiency, speedup, type TimingSummary } from './stats.ts';
import { measure, type TimedRun } from './measure.ts';

/** One finished worker count. */
export interface SweepRow<V> {
  /** Number of workers p. */
  workers: number;
  /** Wall time of the timed runs (ms). */
  time: TimingSummary;
  /** S(p) = T(1) / T(p), medians; NaN when no 1-worker row exists. */
  speedup: number;
  /** E(p) = S(p) / p. */
  efficiency: number;
  /** The value the last timed run computed. */
  result: V;
  /** Every timed run of this worker count, in order (warm-ups excluded). */
  runs: TimedRun<V>[];
}

/** Options of {@link runSweep}. */
export interface SweepOptions<V> {
  /** Worker counts to measure; must include 1 (the baseline). Run in ascending order. */
  workerCounts: readonly number[];
  /** Timed runs per worker count (>= 1). */
  repeats: number;
  /** Discarded runs per worker count (default 1). */
  warmups?: number;
  /** Performs one run on `workers` workers and resolves with its result. */
  runOnce: (workers: number, signal: AbortSignal | undefined) => Promise<V>;
  /** Aborts the sweep; `runOnce` receives it too. */
  signal?: AbortSignal;
  /** Called as each worker count finishes, with the rows so far. */
  onRow?: (row: SweepRow<V>, rows: readonly SweepRow<V>[]) => void;
  /**
   * Awaited after `onRow`, before the next worker count starts (not after the last): lets the
   * page draw the new row while no worker runs, so that drawing neither competes with the workers
   * for the cores nor stretches into a long main-thread task while they run.
   */
  settle?: () => Promise<void>;
  /** max/min ratio above which a row is flagged noisy (default 1.25). */
  noiseRatio?: number;
  /** Clock in ms (default performance.now), injectable for tests. */
  now?: () => number;
}

/**
 * Runs the sweep and resolves with one row per worker count, ascending.
 *
 * @throws RangeError when workerCounts lacks 1, has duplicates or non-positive entries, or repeats < 1
 * @throws the error of any run (an AbortError when cancelled)
 */
export async function runSweep<V>(options: SweepOptions<V>): Promise<SweepRow<V>[]> {
  const { repeats, runOnce, signal, onRow } = options;
  const warmups = options.warmups ?? 1;
  const now = options.now ?? (() => performance.now());
  const counts = [...options.workerCounts].sort((a, b) => a - b);
  if (counts.some((p) => !Number.isInteger(p) || p < 1)) throw new RangeError('worker counts must be positive integers');
  if (new Set(counts).size !== counts.length) throw new RangeError('worker counts must not repeat');
  if (!counts.includes(1)) throw new RangeError('worker counts must include 1, the baseline for speedup');
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError('repeats must be a positive integer');

  const rows: SweepRow<V>[] = [];
  let baseline = Number.NaN;
  for (const workers of counts) {
    const m = await measure({
      run: ({ signal: s }) => runOnce(workers, s),
      repeats,
      warmups,
      ...(signal ? { signal } : {}),
      ...(options.noiseRatio !== undefined ? { noiseRatio: options.noiseRatio } : {}),
      now,
    });
    const time = m.time;
    if (workers === 1) baseline = time.median;
    const s = speedup(baseline, time.median);
    const row: SweepRow<V> = { workers, time, speedup: s, efficiency: efficiency(s, workers), result: m.last, runs: m.runs };
    rows.push(row);
    onRow?.(row, rows);
    if (options.settle && workers !== counts[counts.length - 1]) await options.settle();
  }
  return rows;
}
