/**
 * Summary statistics for timings and the standard scaling metrics.
 *
 * Method: report the median of repeated runs after discarding warm-up (robust to the occasional
 * slow run caused by the JIT, the garbage collector or another process), with min and max to show
 * the spread. Speedup S(p) = T(1) / T(p) and efficiency E(p) = S(p) / p as defined in any HPC
 * text (e.g. the HPC Carpentry and ENCCS lessons the course pages draw on).
 *
 * Pure: any thread, and Node.
 */

/** Default noise threshold: a row is noisy when its slowest run is 25 % slower than its fastest. */
export const DEFAULT_NOISE_RATIO = 1.25;

/** The spread of a set of timed runs (ms). */
export interface TimingSummary {
  /** Median wall time (ms). */
  median: number;
  /** Fastest run (ms). */
  min: number;
  /** Slowest run (ms). */
  max: number;
  /** The runs that were kept (ms), in the order they ran. */
  samples: number[];
  /** True when max / min exceeds the noise threshold: treat the median with care. */
  noisy: boolean;
}

/**
 * Median of a non-empty list (mean of the two middle values for an even count).
 * @throws RangeError on an empty list or a non-finite value
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('median of a list with a non-finite value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median, min, max and a noise flag for timed runs.
 *
 * @param samples wall times in ms (non-empty, positive)
 * @param noiseRatio a summary is noisy when max / min > noiseRatio (default 1.25)
 * @throws RangeError on an empty list or a non-finite value
 */
export function summarize(samples: readonly number[], noiseRatio = DEFAULT_NOISE_RATIO): TimingSummary {
  const m = median(samples);
  const min = Math.min(...samples);
  const max = Math.max(...samples);
  return { median: m, min, max, samples: [...samples], noisy: min > 0 ? max / min > noiseRatio : max > 0 };
}

/**
 * Speedup S(p) = T(1) / T(p).
 * @param serialTime T(1), wall time on one worker (ms or any unit, same as `parallelTime`)
 * @param parallelTime T(p), wall time on p workers
 */
export function speedup(serialTime: number, parallelTime: number): number {
  return serialTime / parallelTime;
}

/**
 * Parallel efficiency E(p) = S(p) / p: 1 is perfect scaling.
 * @param s the speedup on p workers
 * @param workers p (positive)
 */
export function efficiency(s: number, workers: number): number {
  return s / workers;
}
