/**
 * The page's side of the vectorization labs: one worker (./vectorize.worker.ts) in a
 * {@link WorkerPool} of its own, started at the first run and ended after a minute idle, or at
 * once on cancel (the pool terminates it; the next run starts a fresh one). Main thread only.
 */
import { WorkerPool } from '../workers/pool.ts';
import type { VectorizeApi } from './vectorize.worker.ts';
import type { LoopId } from './loops.ts';
import type { LoopTiming } from './time-loop.ts';

let pool: WorkerPool<VectorizeApi> | null = null;

function vectorizePool(): WorkerPool<VectorizeApi> {
  pool ??= new WorkerPool<VectorizeApi>(() => new Worker(new URL('./vectorize.worker.ts', import.meta.url), { type: 'module', name: 'vectorize' }), {
    idleTimeoutMs: 60_000,
    maxWorkers: 1,
  });
  return pool;
}

/**
 * Times the loop `id` on n elements in the vectorize worker (see timeLoop in ./time-loop.ts).
 * Main thread only.
 *
 * @throws DOMException AbortError when `signal` aborts; RangeError for bad arguments; Error when
 *   a SIMD loop is asked for where SIMD is missing
 */
export async function timeLoopInWorker(id: LoopId, n: number, repeats: number, signal?: AbortSignal): Promise<LoopTiming> {
  const { results } = await vectorizePool().run([(api) => api.timeLoop(id, n, repeats)], { workers: 1, signal });
  return results[0]!;
}
