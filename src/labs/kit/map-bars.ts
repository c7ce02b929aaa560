/**
 * Turns the timing records of a pool map into timeline bars (ms since the map started), and the
 * map's utilisation. Used by every lab that draws a pool map. Pure.
 */
import type { ItemRecord, MapProgress, MapResult, RunningChunk } from '../../workers/pool-map.ts';
import { laneStats, type TimelineBar } from './timeline-model.ts';

/** Labels a bar from its item index (e.g. the greeting it printed). */
export type BarLabeller = (task: number) => string | undefined;

function finishedBars(records: readonly ItemRecord[], origin: number, labelOf?: BarLabeller): TimelineBar[] {
  return records.map((r) => {
    const label = labelOf?.(r.task);
    const bar: TimelineBar = { worker: r.worker, task: r.task, start: r.start - origin, end: r.end - origin };
    if (label !== undefined) bar.label = label;
    return bar;
  });
}

function runningBars(running: readonly RunningChunk[], origin: number, now: number): TimelineBar[] {
  return running.map((c) => ({
    worker: c.worker,
    task: c.first,
    start: c.start - origin,
    end: now - origin,
    running: true,
    label: c.count > 1 ? `Chunk ${c.chunk} (items ${c.first}–${c.first + c.count - 1})` : `Task ${c.first}`,
  }));
}

/** Bars of a map in progress: finished items, plus the chunks still running (up to `now`). */
export function barsFromProgress(progress: MapProgress, labelOf?: BarLabeller): { bars: TimelineBar[]; wall: number } {
  return {
    bars: [...finishedBars(progress.records, progress.startedAt, labelOf), ...runningBars(progress.running, progress.startedAt, progress.now)],
    wall: progress.now - progress.startedAt,
  };
}

/** Bars of a finished map: one per item, and its wall time (ms). */
export function barsFromResult(result: MapResult<unknown>, labelOf?: BarLabeller): { bars: TimelineBar[]; wall: number } {
  return { bars: finishedBars(result.records, result.startedAt, labelOf), wall: result.endedAt - result.startedAt };
}

/** Utilisation of a finished map: summed busy time of its workers over workers × wall. */
export function mapUtilisation(result: MapResult<unknown>): number {
  const origin = result.startedAt;
  const wall = result.endedAt - origin;
  const bars = result.records.map((r) => ({ ...r, start: r.start - origin, end: r.end - origin }));
  const lanes = laneStats(bars, result.workers, wall);
  return wall > 0 ? lanes.reduce((s, l) => s + l.busy, 0) / (result.workers * wall) : 0;
}
