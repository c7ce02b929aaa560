/**
 * Measures a few variants of one pool map (different chunk sizes, or different pool sizes) the
 * honest way: per variant, warm-up runs discarded, then `repeats` timed runs, median wall time,
 * and the noise flag of src/measure/stats.ts. Main thread only (it drives workers).
 */
import { median, summarize, type TimingSummary } from '../../measure/stats.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { abortError } from '../../workers/pool.ts';
import { starmap, type MapProgress, type MapResult } from '../../workers/pool-map.ts';
import type { TasksApi } from '../../workers/tasks.worker.ts';
import type { TaskName } from '../../workers/tasks/registry.ts';
import { laneStats } from '../timeline/timeline-model.ts';

/** One variant to measure. */
export interface Variant {
  /** Row label, e.g. "chunksize 10" or "8 workers". */
  label: string;
  task: TaskName;
  argsList: unknown[][];
  workers: number;
  /** undefined: Python's default. */
  chunksize?: number;
}

/** The measurement of one variant. */
export interface VariantRow {
  variant: Variant;
  /** Wall time of the timed runs (ms). */
  time: TimingSummary;
  /** Pool utilisation of the last timed run: busy time / (workers · wall), 0..1. */
  utilisation: number;
  /** Median duration of one item in the last timed run (ms, measured in the worker). */
  medianItemMs: number;
  /** Chunk size used. */
  chunksize: number;
  /** The last timed run, for its results and timeline. */
  last: MapResult<unknown>;
}

/** Options of {@link measureVariants}. */
export interface MeasureOptions {
  pool: WorkerPool<TasksApi>;
  /** Timed runs per variant (>= 1). */
  repeats: number;
  /** Discarded runs per variant (default 1): starts the workers and lets the JIT compile the task. */
  warmups?: number;
  signal?: AbortSignal;
  /** Called as each variant finishes, with the rows so far. */
  onRow?: (rows: VariantRow[]) => void;
  /** Live progress of the run in flight (throttled), with the variant it belongs to. */
  onProgress?: (variant: Variant, progress: MapProgress) => void;
}

/** Utilisation of a finished map: summed busy time of its workers over workers × wall. */
export function mapUtilisation(result: MapResult<unknown>): number {
  const origin = result.startedAt;
  const wall = result.endedAt - origin;
  const bars = result.records.map((r) => ({ ...r, start: r.start - origin, end: r.end - origin }));
  const lanes = laneStats(bars, result.workers, wall);
  return wall > 0 ? lanes.reduce((s, l) => s + l.busy, 0) / (result.workers * wall) : 0;
}

/**
 * Runs each variant `warmups + repeats` times in order and summarizes the timed runs.
 *
 * @throws DOMException AbortError when `signal` aborts; whatever a task throws
 */
export async function measureVariants(variants: readonly Variant[], options: MeasureOptions): Promise<VariantRow[]> {
  const { pool, repeats, signal, onRow, onProgress } = options;
  const warmups = options.warmups ?? 1;
  const rows: VariantRow[] = [];
  for (const variant of variants) {
    const times: number[] = [];
    let last: MapResult<unknown> | null = null;
    for (let i = 0; i < warmups + repeats; i++) {
      if (signal?.aborted) throw abortError(signal.reason);
      const result = await starmap(variant.task, variant.argsList, {
        workers: variant.workers,
        pool,
        ...(signal ? { signal } : {}),
        ...(variant.chunksize ? { chunksize: variant.chunksize } : {}),
        // 4 updates a second: live enough, and little main-thread work to perturb the timings
        ...(onProgress ? { onProgress: (p: MapProgress) => onProgress(variant, p), progressIntervalMs: 250 } : {}),
      });
      if (i >= warmups) {
        times.push(result.endedAt - result.startedAt);
        last = result;
      }
    }
    const result = last!;
    rows.push({
      variant,
      time: summarize(times),
      utilisation: mapUtilisation(result),
      medianItemMs: median(result.records.map((r) => r.end - r.start)),
      chunksize: result.chunksize,
      last: result,
    });
    onRow?.(rows.slice());
  }
  return rows;
}
