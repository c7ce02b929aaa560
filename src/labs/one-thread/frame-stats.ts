/**
 * Counting animation frames: how many frames the page drew during a run, how many it should have
 * drawn at its refresh rate, and the longest pause between two frames. This is how the one-thread
 * lab shows that a computation on the main thread freezes the page (the browser's counterpart of
 * Python's global interpreter lock, as taught in the HPC2N and ENCCS courses) while the same
 * computation on workers does not.
 *
 * Pure: any thread, and Node. Times are `requestAnimationFrame` timestamps / `performance.now()`
 * on the page (ms).
 */

/** What the frame counter saw during one run. */
export interface FrameStats {
  /** Frames drawn with a timestamp inside [start, end]. */
  drawn: number;
  /** Frames a page at `intervalMs` would have drawn in the same time (at least 1). */
  expected: number;
  /** expected − drawn, never negative. */
  dropped: number;
  /** Fraction of the expected frames that were not drawn, 0..1. */
  droppedFraction: number;
  /** Longest time between two consecutive frames spanning the run (ms). */
  longestGapMs: number;
}

/**
 * The refresh interval of the display (ms per frame), estimated as the median gap between
 * consecutive frame timestamps. Robust to a few late frames.
 *
 * @param timestamps frame times in increasing order (ms)
 * @throws RangeError with fewer than 2 timestamps
 */
export function frameIntervalMs(timestamps: readonly number[]): number {
  if (timestamps.length < 2) throw new RangeError('need at least 2 frames to estimate the refresh interval');
  const gaps: number[] = [];
  for (let i = 1; i < timestamps.length; i++) gaps.push(timestamps[i]! - timestamps[i - 1]!);
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}

/**
 * Frames drawn against frames expected during the run [start, end].
 *
 * The longest gap includes the last frame before `start` and the first frame after `end`, so a
 * run that blocked the page for its whole duration shows a gap at least as long as the run.
 *
 * @param timestamps frame times in increasing order (ms), covering at least the run
 * @param start run start (ms), @param end run end (ms), end >= start
 * @param intervalMs the refresh interval (ms per frame), positive
 * @throws RangeError when end < start or intervalMs <= 0
 */
export function frameStats(timestamps: readonly number[], start: number, end: number, intervalMs: number): FrameStats {
  if (!(end >= start)) throw new RangeError(`the run ends (${end}) before it starts (${start})`);
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be positive, got ${intervalMs}`);
  let drawn = 0;
  let before = -Infinity;
  let after = Infinity;
  const inside: number[] = [];
  for (const t of timestamps) {
    if (t < start) before = t;
    else if (t <= end) {
      drawn++;
      inside.push(t);
    } else if (t < after) after = t;
  }
  const span = [...(Number.isFinite(before) ? [before] : [start]), ...inside, ...(Number.isFinite(after) ? [after] : [end])];
  let longestGapMs = 0;
  for (let i = 1; i < span.length; i++) longestGapMs = Math.max(longestGapMs, span[i]! - span[i - 1]!);
  const expected = Math.max(1, Math.floor((end - start) / intervalMs));
  const dropped = Math.max(0, expected - drawn);
  return { drawn, expected, dropped, droppedFraction: dropped / expected, longestGapMs };
}

/**
 * A bounded log of frame timestamps (oldest dropped first). Keeps the last `capacity` frames:
 * at 60 Hz the default 4096 is a bit over a minute.
 */
export class FrameLog {
  private readonly times: number[] = [];
  constructor(private readonly capacity = 4096) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity must be an integer >= 2, got ${capacity}`);
  }

  /** Records one frame at time `t` (ms). */
  record(t: number): void {
    this.times.push(t);
    if (this.times.length > this.capacity) this.times.splice(0, this.times.length - this.capacity);
  }

  /** Frames recorded so far (at most `capacity`). */
  get count(): number {
    return this.times.length;
  }

  /** The recorded timestamps at or after `t` (ms), or all of them. */
  since(t = -Infinity): number[] {
    return this.times.filter((x) => x >= t);
  }

  /** The last `k` timestamps. */
  last(k: number): number[] {
    return this.times.slice(-k);
  }
}
