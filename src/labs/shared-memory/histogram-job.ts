/**
 * Race-condition trials on a shared histogram, run on real workers. Main thread only (the page
 * never waits in Atomics.wait: it only allocates the shared memory, posts it, and reads the bins
 * after every worker has answered).
 *
 * A trial runs each variant once on fresh, zeroed bins; the workers meet at a barrier before
 * counting. The trials are the runs of the project's one measurement loop (src/measure/measure.ts):
 * one discarded warm-up trial first (it starts the workers and lets the engine compile the loops),
 * then the kept trials. The timing reported per variant is the median over the kept trials of the
 * counting phase's wall time (first worker's start to last worker's end, as the workers report it).
 */
import { measure } from '../../measure/measure.ts';
import { initBarrier } from '../../shared-memory/barrier.ts';
import {
  histogramOutcome, mergeHistograms, SYNC_INTS,
  type HistogramOutcome, type HistogramVariant,
} from '../../shared-memory/histogram.ts';
import { allocateShared } from '../../shared-memory/shared-buffer.ts';
import { sharedMemoryPool, warmWorkers } from './shared-memory-pool.ts';

/** A column of the trials table: a variant on a number of workers. */
export interface HistogramColumn {
  variant: HistogramVariant;
  workers: number;
}

/** One variant's result in one trial. */
export interface HistogramCell extends HistogramOutcome {
  /** The final shared bins. */
  counts: number[];
}

/** Parameters of a set of trials. */
export interface HistogramTrialsParams {
  workers: number;
  incrementsPerWorker: number;
  bins: number;
  trials: number;
  seed: number;
}

/**
 * One run of one variant on `workers` workers: fresh bins, a barrier for all workers, one task
 * per worker. Main thread only.
 *
 * @throws Error when shared memory is unavailable or a worker fails; AbortError on cancel
 */
export async function runHistogram(
  variant: HistogramVariant, workers: number, increments: number, bins: number, seed: number, signal?: AbortSignal,
): Promise<HistogramCell> {
  const sync = new Int32Array(allocateShared(SYNC_INTS * Int32Array.BYTES_PER_ELEMENT));
  initBarrier(sync, workers);
  const counts = new Int32Array(allocateShared(bins * Int32Array.BYTES_PER_ELEMENT));
  const run = await sharedMemoryPool().run(
    Array.from({ length: workers }, (_, rank) => (api) => api.histogram({ variant, rank, increments, bins, seed, sync, counts })),
    { workers, signal },
  );
  return { ...histogramOutcome(counts, run.results), counts: Array.from(counts) };
}

/** The columns of the trials table for `workers` workers. */
export function histogramColumns(workers: number): HistogramColumn[] {
  return [
    { variant: 'plain', workers },
    { variant: 'mutex', workers },
    { variant: 'atomic', workers },
    { variant: 'atomic', workers: 1 },
    { variant: 'private', workers },
  ];
}

/**
 * Runs one warm-up trial (discarded) and then `trials` trials of every column, calling `onTrial`
 * after each kept trial with all kept trials so far (rows = trials, cells in column order).
 * A 1-worker column counts the same increments per worker, so comparing it with the p-worker
 * column of the same variant shows what contention costs each worker. Main thread only.
 *
 * @throws Error when shared memory is unavailable or a worker fails; AbortError on cancel
 */
export async function histogramTrials(
  params: HistogramTrialsParams, signal?: AbortSignal, onTrial?: (rows: HistogramCell[][]) => void,
): Promise<HistogramCell[][]> {
  const { workers, incrementsPerWorker, bins, trials, seed } = params;
  const columns = histogramColumns(workers);
  await warmWorkers(workers);
  const rows: HistogramCell[][] = [];
  await measure({
    repeats: trials,
    warmups: 1,
    signal,
    run: async ({ index, warmup }) => {
      const row: HistogramCell[] = [];
      // The warm-up trial uses the first kept trial's seed; each kept trial has its own.
      for (const c of columns) row.push(await runHistogram(c.variant, c.workers, incrementsPerWorker, bins, seed + (warmup ? 0 : index), signal));
      return row;
    },
    onRun: (run) => {
      if (run.warmup) return;
      rows.push(run.value);
      onTrial?.(rows.map((r) => [...r]));
    },
  });
  return rows;
}

/**
 * The variant that needs no shared memory: each worker counts privately and returns its
 * histogram by message; the page adds them. Exact by construction. Run once, timed by measure()
 * from dispatch to the merged histogram (ms), after the workers have started. Main thread only.
 *
 * @throws Error when a worker fails; AbortError on cancel
 */
export async function histogramByMessage(
  workers: number, increments: number, bins: number, seed: number, signal?: AbortSignal,
): Promise<{ counts: number[]; total: number; ms: number }> {
  await warmWorkers(workers);
  const m = await measure({
    repeats: 1,
    warmups: 0,
    signal,
    run: async () => {
      const run = await sharedMemoryPool().run(
        Array.from({ length: workers }, (_, rank) => (api) => api.histogramByMessage(increments, bins, seed, rank)),
        { workers, signal },
      );
      return Array.from(mergeHistograms(run.results.map((r) => r.value), bins));
    },
  });
  const counts = m.last;
  return { counts, total: counts.reduce((s, c) => s + c, 0), ms: m.runs[0]!.ms };
}
