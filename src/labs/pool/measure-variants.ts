/**
 * Measures a few variants of one pool map (different chunk sizes, or different pool sizes) with
 * the project's measurement loop: per variant, warm-up runs discarded, then `repeats` timed runs,
 * median wall time and the noise flag. Main thread only (it drives workers).
 */
import { measure } from '../../measure/measure.ts';
import { median, type TimingSummary } from '../../measure/stats.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { starmap, type MapProgress, type MapResult } from '../../workers/pool-map.ts';
import type { TasksApi } from '../../workers/tasks.worker.ts';
import type { TaskName } from '../../workers/tasks/registry.ts';
import { mapUtilisation } from '../kit/map-bars.ts';

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
  /** Every timed run: its index, wall time (ms), chunks sent and pool utilisation (0..1). */
  runs: { repeat: number; ms: number; chunks: number; utilisation: number }[];
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


/**
 * Measures each variant in order with the one measurement loop (src/measure/measure.ts): `warmups`
 * discarded runs, then `repeats` timed runs of the map, each timed from the call to its last
 * result (ms, page clock). The row keeps every timed run and the last run's records.
 *
 * @throws DOMException AbortError when `signal` aborts; whatever a task throws
 */
export async function measureVariants(variants: readonly Variant[], options: MeasureOptions): Promise<VariantRow[]> {
  const { pool, repeats, signal, onRow, onProgress } = options;
  const rows: VariantRow[] = [];
  for (const variant of variants) {
    const m = await measure({
      repeats,
      warmups: options.warmups ?? 1,
      ...(signal ? { signal } : {}),
      run: () =>
        starmap(variant.task, variant.argsList, {
          workers: variant.workers,
          pool,
          ...(signal ? { signal } : {}),
          ...(variant.chunksize ? { chunksize: variant.chunksize } : {}),
          // 4 updates a second: live enough, and little main-thread work to perturb the timings
          ...(onProgress ? { onProgress: (p: MapProgress) => onProgress(variant, p), progressIntervalMs: 250 } : {}),
        }),
    });
    const result = m.last;
    rows.push({
      variant,
      time: m.time,
      runs: m.runs.map((r) => ({ repeat: r.index, ms: r.ms, chunks: r.value.chunks.length, utilisation: mapUtilisation(r.value) })),
      utilisation: mapUtilisation(result),
      medianItemMs: median(result.records.map((r) => r.end - r.start)),
      chunksize: result.chunksize,
      last: result,
    });
    onRow?.(rows.slice());
  }
  return rows;
}
