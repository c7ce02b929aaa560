/**
 * The page's pool of shared-memory workers. Main thread only (it creates workers).
 */
import type { Remote } from 'comlink';
import { WorkerPool } from '../../workers/pool.ts';
import type { SharedMemoryApi } from './shared-memory.worker.ts';

/** Creates one shared-memory worker (a module worker, bundled separately by Vite). */
export function createSharedMemoryWorker(): Worker {
  return new Worker(new URL('./shared-memory.worker.ts', import.meta.url), { type: 'module', name: 'shared-memory' });
}

let pool: WorkerPool<SharedMemoryApi> | null = null;

/** The page-wide pool, created on first use. Main thread only. */
export function sharedMemoryPool(): WorkerPool<SharedMemoryApi> {
  pool ??= new WorkerPool<SharedMemoryApi>(createSharedMemoryWorker);
  return pool;
}

/** A task on one worker of the pool. */
export type SmTask<R> = (api: Remote<SharedMemoryApi>) => Promise<R>;

/** Starts `workers` workers (if not running) so that a later timed run does not pay start-up. */
export async function warmWorkers(workers: number): Promise<void> {
  await sharedMemoryPool().warm(workers, (api) => api.ping());
}
