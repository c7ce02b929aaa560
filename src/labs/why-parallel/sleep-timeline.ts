/**
 * Turns the pool's per-task timing records of a sleep-demo run into what the lab shows: the wall
 * time, the busy time of each worker, and bars for a timeline. Pure: any thread, and Node.
 */

/** When and where one task ran (page clock, ms), as the worker pool records it. */
export interface TaskInterval {
  /** Worker index within the run (0-based). */
  worker: number;
  /** Task index (0-based). */
  task: number;
  /** Hand-out time (ms). */
  start: number;
  /** Result arrival time (ms). */
  end: number;
}

/** One bar of the timeline, in ms from the start of the run. */
export interface TimelineBar {
  worker: number;
  task: number;
  /** Start, ms after the run began. */
  from: number;
  /** End, ms after the run began. */
  to: number;
}

/** What one run of the demo measured. */
export interface SleepRunSummary {
  /** Workers the run used. */
  workers: number;
  /** Wall time of the run (ms), from `startedAt` to the last task's end. */
  wallMs: number;
  /** Total of all task durations (ms): the work, whoever did it. */
  busyMs: number;
  /** Timeline bars, sorted by worker and then start. */
  bars: TimelineBar[];
}

/**
 * Summarizes a run that began at `startedAt` (page clock, ms) and whose tasks ran in `records`.
 *
 * @param endedAt when the run's promise resolved (page clock, ms); at least the last task's end
 * @throws RangeError when there are no records or a record ends before it starts
 */
export function summarizeSleepRun(records: readonly TaskInterval[], workers: number, startedAt: number, endedAt: number): SleepRunSummary {
  if (records.length === 0) throw new RangeError('a run needs at least one task record');
  let busyMs = 0;
  for (const r of records) {
    if (!(r.end >= r.start)) throw new RangeError(`task ${r.task} ends (${r.end}) before it starts (${r.start})`);
    busyMs += r.end - r.start;
  }
  const last = Math.max(endedAt, ...records.map((r) => r.end));
  const bars = records
    .map((r) => ({ worker: r.worker, task: r.task, from: r.start - startedAt, to: r.end - startedAt }))
    .sort((a, b) => a.worker - b.worker || a.from - b.from);
  return { workers, wallMs: last - startedAt, busyMs, bars };
}
