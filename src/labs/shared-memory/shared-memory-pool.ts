/**
 * The page's pool of shared-memory workers. Main thread only (it creates workers).
 */
import type { Remote } from 'comlink';
import type { WorkerPool } from '../../workers/pool.ts';
import type { SharedMemoryApi } from '../../workers/shared-memory.worker.ts';
import { poolFor } from '../../workers/pools.ts';

/** The page-wide pool, created on first use. Main thread only. */
export function sharedMemoryPool(): WorkerPool<SharedMemoryApi> {
  return poolFor('shared-memory');
}

/** A task on one worker of the pool. */
export type SmTask<R> = (api: Remote<SharedMemoryApi>) => Promise<R>;

/** Starts `workers` workers (if not running) so that a later timed run does not pay start-up. */
export async function warmWorkers(workers: number): Promise<void> {
  await sharedMemoryPool().warm(workers, (api) => api.ping());
}
