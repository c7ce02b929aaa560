/**
 * The shared-partial-sums comparison: the 2D integral with partial integrals returned by message
 * (the Pool.map way) against each worker writing its own slot of a shared Float64Array (the
 * multiprocessing.Array('d', ...) way), both combined in rank order. Main thread only.
 */
import { decompose } from '../../kernels/decomposition.ts';
import { combineInRankOrder } from '../../kernels/integrate2d.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import { combineSlots, createPartialSlots } from '../../shared-memory/partial-sums.ts';
import { measure } from '../../measure/measure.ts';
import { sharedMemoryPool, warmWorkers } from './shared-memory-pool.ts';

/** How partial integrals reach the page. */
export type SumsMode = 'message' | 'shared';

/** One finished run of one mode. */
export interface SumsRun {
  mode: SumsMode;
  /** Partial integrals, index = rank. */
  partials: number[];
  /** Their sum in rank order. */
  value: number;
  /** Wall time on the page from dispatch to the combined value (ms). */
  ms: number;
}

/** Partial integrals of one mode and their sum. */
type Partials = Omit<SumsRun, 'ms' | 'mode'>;

async function partialSums(n: number, workers: number, mode: SumsMode, signal?: AbortSignal): Promise<Partials> {
  const pool = sharedMemoryPool();
  const blocks = decompose(n, workers);
  if (mode === 'message') {
    const run = await pool.run(blocks.map((_, rank) => (api) => api.integrateByMessage(n, workers, rank)), { workers, signal });
    const partials = run.results.map((r) => r.value);
    return { partials, value: combineInRankOrder(partials) };
  }
  const view = createPartialSlots(workers);
  await pool.run(blocks.map((_, rank) => (api) => api.integrateIntoSharedSlot(view.buffer, n, rank)), { workers, signal });
  return { partials: Array.from(view.slots), value: combineSlots(view) };
}

/**
 * Runs the n x n integral on `workers` workers, one row block each, in the given mode, once
 * (timed by measure(), without a warm-up: the workers are started before the clock starts, and
 * the point of this lab is the result, not the time). Cost: n^2 sin evaluations. Main thread only.
 *
 * @returns the partials, their sum in rank order and the wall time from dispatch to the sum (ms)
 * @throws Error when mode is "shared" and the page is not cross-origin isolated; AbortError on cancel
 */
export async function runPartialSums(n: number, workers: number, mode: SumsMode, signal?: AbortSignal): Promise<SumsRun> {
  await warmWorkers(workers);
  const m = await measure({ run: () => partialSums(n, workers, mode, signal), repeats: 1, warmups: 0, signal });
  return { mode, ...m.last, ms: m.runs[0]!.ms };
}

/**
 * Both modes, message first; the shared one is left out (null) when shared memory is missing.
 * Main thread only.
 *
 * @throws AbortError on cancel; the error of either run
 */
export async function comparePartialSums(
  n: number, workers: number, signal?: AbortSignal,
): Promise<{ message: SumsRun; shared: SumsRun | null }> {
  const message = await runPartialSums(n, workers, 'message', signal);
  const shared = canShareMemory() ? await runPartialSums(n, workers, 'shared', signal) : null;
  return { message, shared };
}
