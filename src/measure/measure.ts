/**
 * The one measurement loop of the project: warm-up runs discarded, then timed repeats, summarized
 * as median, min and max with a noise flag. Every lab and every exercise check that times
 * something calls it (directly or through {@link ./sweep.ts}).
 *
 * Method: a warm-up run starts workers, fills caches and lets the JIT compile the code, so it is
 * timed but not kept. Each timed run is measured from just before `run` is called to just after
 * it resolves (wall time, `performance.now()` on the calling thread). The median is robust to the
 * odd slow run caused by the garbage collector or another process; min and max show the spread.
 *
 * Pure of workers and DOM: it only awaits the `run` it is given. Any thread, and Node.
 */
import { DEFAULT_NOISE_RATIO, summarize, type TimingSummary } from './stats.ts';
import { abortError } from '../lib/abort.ts';

/** One run of a measurement, in the order it ran. */
export interface TimedRun<V> {
  /** 0-based index among the runs of its kind (warm-up or timed). */
  index: number;
  /** True for a discarded warm-up run. */
  warmup: boolean;
  /** Wall time (ms). */
  ms: number;
  /** What the run returned. */
  value: V;
}

/** Options of {@link measure}. */
export interface MeasureOptions<V> {
  /** Performs one run; the measurement times it from call to resolution. */
  run: (context: { index: number; warmup: boolean; signal: AbortSignal | undefined }) => Promise<V>;
  /** Timed runs kept (integer >= 1). */
  repeats: number;
  /** Runs discarded first (integer >= 0, default 1). */
  warmups?: number;
  /** Checked before every run; `run` receives it too. */
  signal?: AbortSignal;
  /** max/min above which the summary is flagged noisy (default 1.25). */
  noiseRatio?: number;
  /** Called after every run, warm-ups included. */
  onRun?: (run: TimedRun<V>) => void;
  /** Clock in ms (default performance.now), injectable for tests. */
  now?: () => number;
}

/** What {@link measure} resolves to. */
export interface Measurement<V> {
  /** Median, min and max of the timed runs (ms); `samples` holds every timed run's ms. */
  time: TimingSummary;
  /** The timed runs, in order (warm-ups excluded). */
  runs: TimedRun<V>[];
  /** The discarded warm-up runs, in order. */
  warmupRuns: TimedRun<V>[];
  /** The value of the last timed run. */
  last: V;
}

/**
 * Runs `warmups` discarded runs, then `repeats` timed runs, one after another.
 *
 * @throws RangeError when repeats is not an integer >= 1 or warmups not an integer >= 0
 * @throws DOMException AbortError when `signal` aborts between runs; whatever `run` throws
 */
export async function measure<V>(options: MeasureOptions<V>): Promise<Measurement<V>> {
  const { run, repeats, signal, onRun } = options;
  const warmups = options.warmups ?? 1;
  const now = options.now ?? (() => performance.now());
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError('repeats must be a positive integer');
  if (!Number.isInteger(warmups) || warmups < 0) throw new RangeError('warmups must be a non-negative integer');
  const warmupRuns: TimedRun<V>[] = [];
  const runs: TimedRun<V>[] = [];
  for (let i = 0; i < warmups + repeats; i++) {
    if (signal?.aborted) throw abortError(signal.reason);
    const warmup = i < warmups;
    const index = warmup ? i : i - warmups;
    const t0 = now();
    const value = await run({ index, warmup, signal });
    const record: TimedRun<V> = { index, warmup, ms: now() - t0, value };
    (warmup ? warmupRuns : runs).push(record);
    onRun?.(record);
  }
  const time = summarize(
    runs.map((r) => r.ms),
    options.noiseRatio ?? DEFAULT_NOISE_RATIO,
  );
  return { time, runs, warmupRuns, last: runs[runs.length - 1]!.value };
}
