/**
 * Timing helpers shared by worker code and the pool.
 *
 * A worker's `performance.now()` counts from the worker's own time origin, which differs from the
 * page's. Workers therefore report absolute times (`performance.timeOrigin + performance.now()`,
 * ms since the Unix epoch with sub-millisecond resolution) and the pool converts them to the page's
 * clock with {@link toPageClock}.
 */

/** A value computed in a worker, with the interval in which the worker computed it. */
export interface Timed<T> {
  value: T;
  /** Absolute start time, ms since the epoch (performance.timeOrigin + performance.now()). */
  startedAt: number;
  /** Absolute end time, ms since the epoch. */
  endedAt: number;
}

/** Absolute time now in ms since the epoch, on any thread (worker or page). */
export function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Runs `compute` and wraps its value with the absolute interval it took. Any thread.
 * Errors thrown by `compute` propagate unchanged.
 */
export function timed<T>(compute: () => T): Timed<T> {
  const startedAt = absoluteNow();
  const value = compute();
  return { value, startedAt, endedAt: absoluteNow() };
}

/** Converts an absolute time (ms since the epoch) to this thread's `performance.now()` clock (ms). */
export function toPageClock(absolute: number): number {
  return absolute - performance.timeOrigin;
}
