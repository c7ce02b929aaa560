/**
 * The shared-partial-sums comparison: the 2D integral with partial integrals returned by message
 * (the Pool.map way) against each worker writing its own slot of a shared Float64Array (the
 * multiprocessing.Array('d', ...) way), both combined in rank order. Main thread only.
 */
import { decompose } from '../../kernels/decomposition.ts';
import { combineInRankOrder } from '../../kernels/integrate2d.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import { combineSlots, createPartialSlots } from '../../shared-memory/partial-sums.ts';
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

/**
 * Runs the n x n integral on `workers` workers, one row block each, in the given mode.
 * Cost: n^2 sin evaluations. Main thread only.
 *
 * @throws Error when mode is "shared" and the page is not cross-origin isolated; AbortError on cancel
 */
export async function runPartialSums(n: number, workers: number, mode: SumsMode, signal?: AbortSignal): Promise<SumsRun> {
  const pool = sharedMemoryPool();
  await warmWorkers(workers);
  const blocks = decompose(n, workers);
  const t0 = performance.now();
  if (mode === 'message') {
    const run = await pool.run(blocks.map((_, rank) => (api) => api.integrateByMessage(n, workers, rank)), { workers, signal });
    const partials = run.results.map((r) => r.value);
    const value = combineInRankOrder(partials);
    return { mode, partials, value, ms: performance.now() - t0 };
  }
  const view = createPartialSlots(workers);
  await pool.run(blocks.map((_, rank) => (api) => api.integrateIntoSharedSlot(view.buffer, n, rank)), { workers, signal });
  const value = combineSlots(view);
  return { mode, partials: Array.from(view.slots), value, ms: performance.now() - t0 };
}

/** Both modes, message first; the shared one is left out (null) when shared memory is missing. */
export async function comparePartialSums(
  n: number, workers: number, signal?: AbortSignal,
): Promise<{ message: SumsRun; shared: SumsRun | null }> {
  const message = await runPartialSums(n, workers, 'message', signal);
  const shared = canShareMemory() ? await runPartialSums(n, workers, 'shared', signal) : null;
  return { message, shared };
}
