/**
 * The geometry and arithmetic behind the timeline (Gantt) chart: busy time and utilisation per
 * worker, tick marks, and the zoom window. Pure: any thread, and Node.
 */
import { ticks } from 'd3-array';

/** One bar: a task (or a chunk still running) on a worker, in ms relative to the run's start. */
export interface TimelineBar {
  /** Worker index (lane), 0-based. */
  worker: number;
  /** Task index shown in the details. */
  task: number;
  /** Start and end (ms since the run started). */
  start: number;
  end: number;
  /** Still running: `end` is "now". */
  running?: boolean;
  /** Optional text for the details line, e.g. a greeting or "chunk 3, items 30–39". */
  label?: string;
}

/** When and where one task ran, on the page's clock (ms), as the worker pool records it. */
export interface TaskInterval {
  /** Lane (worker, or slot of a concurrency limit) within the run, 0-based. */
  worker: number;
  /** Task index, 0-based. */
  task: number;
  /** Hand-out time (ms, page clock). */
  start: number;
  /** Result arrival time (ms, page clock). */
  end: number;
}

/** A finished run ready to draw: its lanes, wall time, total busy time and bars. */
export interface TimelineRun {
  /** Lanes the run used (workers, slots). */
  lanes: number;
  /** Wall time (ms), from the run's start to the later of its end and the last task's end. */
  wall: number;
  /** Sum of all task durations (ms): the work, whoever did it. */
  busy: number;
  /** One bar per task, in ms since the run started, sorted by lane and then start. */
  bars: TimelineBar[];
}

/**
 * The timeline of a run that began at `startedAt` and resolved at `endedAt` (page clock, ms),
 * whose tasks ran in `records`.
 *
 * @throws RangeError when there are no records or a record ends before it starts
 */
export function timelineRun(records: readonly TaskInterval[], lanes: number, startedAt: number, endedAt: number): TimelineRun {
  if (records.length === 0) throw new RangeError('a run needs at least one task record');
  let busy = 0;
  for (const r of records) {
    if (!(r.end >= r.start)) throw new RangeError(`task ${r.task} ends (${r.end}) before it starts (${r.start})`);
    busy += r.end - r.start;
  }
  const last = Math.max(endedAt, ...records.map((r) => r.end));
  const bars = records
    .map((r) => ({ worker: r.worker, task: r.task, start: r.start - startedAt, end: r.end - startedAt }))
    .sort((a, b) => a.worker - b.worker || a.start - b.start);
  return { lanes, wall: last - startedAt, busy, bars };
}

/**
 * Busy time of one worker: the length of the union of its bars' intervals, clipped to
 * [from, to] (overlapping bars are counted once). ms.
 */
export function busyTime(bars: readonly Pick<TimelineBar, 'start' | 'end'>[], from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): number {
  const spans = bars
    .map((b) => [Math.max(from, b.start), Math.min(to, b.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const [s, e] of spans) {
    if (Number.isNaN(curStart) || s > curEnd) {
      if (!Number.isNaN(curStart)) total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else if (e > curEnd) curEnd = e;
  }
  if (!Number.isNaN(curStart)) total += curEnd - curStart;
  return total;
}

/** Busy time and utilisation of one worker. */
export interface LaneStats {
  worker: number;
  /** Bars on the lane. */
  tasks: number;
  /** ms busy. */
  busy: number;
  /** busy / wall, 0..1 (0 when the wall time is 0). */
  utilisation: number;
}

/**
 * Utilisation per worker over a run of `wall` ms (from 0): busy time / wall time, what `top`
 * shows as a process's CPU share. Lanes without bars get 0.
 *
 * @param workers number of lanes
 */
export function laneStats(bars: readonly TimelineBar[], workers: number, wall: number): LaneStats[] {
  return Array.from({ length: workers }, (_, worker) => {
    const mine = bars.filter((b) => b.worker === worker);
    const busy = busyTime(mine, 0, wall);
    return { worker, tasks: mine.length, busy, utilisation: wall > 0 ? busy / wall : 0 };
  });
}

/**
 * About `count` round tick values covering [from, to] (steps of 1, 2 or 5 times a power of ten),
 * from d3-array's `ticks`. Returns [] for an empty or invalid range. Pure.
 */
export function niceTicks(from: number, to: number, count = 6): number[] {
  if (!(to > from) || !Number.isFinite(from) || !Number.isFinite(to)) return [];
  return ticks(from, to, Math.max(1, count));
}

/** A visible window [start, end] of the time axis (ms). */
export interface View {
  start: number;
  end: number;
}

/**
 * Zooms `view` by `factor` (< 1 zooms in) keeping time `anchor` at the same place on screen,
 * then keeps the window inside [0, extent] and at least `minSpan` wide.
 */
export function zoomView(view: View, factor: number, anchor: number, extent: number, minSpan = 1): View {
  const span = Math.min(extent, Math.max(minSpan, (view.end - view.start) * factor));
  const ratio = view.end > view.start ? (anchor - view.start) / (view.end - view.start) : 0.5;
  return clampView({ start: anchor - ratio * span, end: anchor - ratio * span + span }, extent);
}

/** Shifts `view` (keeping its width) so it lies inside [0, extent]. */
export function clampView(view: View, extent: number): View {
  const span = Math.min(view.end - view.start, extent);
  const start = Math.min(Math.max(0, view.start), Math.max(0, extent - span));
  return { start, end: start + span };
}

export { formatDuration } from './format.ts';
