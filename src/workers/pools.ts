/**
 * The one owner of the page's worker pools. Components and labs never create a pool: they ask
 * for the page-wide pool of a kind with {@link poolFor}, and because a {@link WorkerPool} accepts
 * overlapping runs, two labs on one page share it without waiting for each other.
 *
 * Kinds (each a thin worker entry file in this folder):
 * - `kernels`: the workhorse kernels of the kernel registry, sleep and echo (kernels.worker.ts);
 * - `tasks`: the named tasks behind `map`/`starmap` (tasks.worker.ts);
 * - `scaling`: the scaling lab's tunable serial + parallel workload (scaling.worker.ts);
 * - `shared-memory`: the SharedArrayBuffer jobs of the shared-memory lesson (shared-memory.worker.ts);
 * - `workflow`: the jobs of the workflow runtime in src/workflow (workflow.worker.ts);
 * - `library`: the threads of the threaded library's teams in src/threaded-library (library.worker.ts);
 * - `measure-first`: the pointer chase, streaming read and profiled program of lesson 16 (measure-first.worker.ts);
 * - `pool-lifecycle`: the waiting task and the big-table tasks of lesson 16's pool section (pool-lifecycle.worker.ts).
 *
 * Worker URLs are written out as `new URL('./x.worker.ts', import.meta.url)` literals so Vite
 * bundles each worker separately. Main thread only.
 */
import type { KernelsApi } from './kernels.worker.ts';
import type { TasksApi } from './tasks.worker.ts';
import type { ScalingApi } from './scaling.worker.ts';
import type { SharedMemoryApi } from './shared-memory.worker.ts';
import type { WorkflowApi } from './workflow.worker.ts';
import type { LibraryApi } from './library.worker.ts';
import type { MeasureFirstApi } from './measure-first.worker.ts';
import type { PoolLifecycleApi } from './pool-lifecycle.worker.ts';
import { WorkerPool, type PoolOptions } from './pool.ts';

/** The API of each kind of pool worker. */
export interface PoolApis {
  kernels: KernelsApi;
  tasks: TasksApi;
  scaling: ScalingApi;
  'shared-memory': SharedMemoryApi;
  workflow: WorkflowApi;
  library: LibraryApi;
  'measure-first': MeasureFirstApi;
  'pool-lifecycle': PoolLifecycleApi;
}

/** A kind of pool worker. */
export type PoolKind = keyof PoolApis;

/** Idle workers of the page-wide pools end after this long without a run (ms). */
export const IDLE_TIMEOUT_MS = 20_000;

const factories: { [K in PoolKind]: () => Worker } = {
  kernels: () => new Worker(new URL('./kernels.worker.ts', import.meta.url), { type: 'module', name: 'kernels' }),
  tasks: () => new Worker(new URL('./tasks.worker.ts', import.meta.url), { type: 'module', name: 'tasks' }),
  scaling: () => new Worker(new URL('./scaling.worker.ts', import.meta.url), { type: 'module', name: 'scaling' }),
  'shared-memory': () => new Worker(new URL('./shared-memory.worker.ts', import.meta.url), { type: 'module', name: 'shared-memory' }),
  workflow: () => new Worker(new URL('./workflow.worker.ts', import.meta.url), { type: 'module', name: 'workflow' }),
  library: () => new Worker(new URL('./library.worker.ts', import.meta.url), { type: 'module', name: 'library' }),
  'measure-first': () => new Worker(new URL('./measure-first.worker.ts', import.meta.url), { type: 'module', name: 'measure-first' }),
  'pool-lifecycle': () => new Worker(new URL('./pool-lifecycle.worker.ts', import.meta.url), { type: 'module', name: 'pool-lifecycle' }),
};

const pools: { [K in PoolKind]?: WorkerPool<PoolApis[K]> } = {};

/**
 * The page-wide pool of `kind` workers, created on first use (its workers start lazily, when a
 * run needs them, and end after {@link IDLE_TIMEOUT_MS} idle). Main thread only.
 */
export function poolFor<K extends PoolKind>(kind: K): WorkerPool<PoolApis[K]> {
  const existing = pools[kind] as WorkerPool<PoolApis[K]> | undefined;
  if (existing) return existing;
  const pool = new WorkerPool<PoolApis[K]>(factories[kind], { idleTimeoutMs: IDLE_TIMEOUT_MS });
  (pools as Record<PoolKind, unknown>)[kind] = pool;
  return pool;
}

/**
 * A new, private pool of `kind` workers, for the one measurement that needs cold workers (the
 * start-up time in worker-overhead.ts). The caller must `terminate()` it. Main thread only.
 */
export function coldPool<K extends PoolKind>(kind: K, options: PoolOptions = {}): WorkerPool<PoolApis[K]> {
  return new WorkerPool<PoolApis[K]>(factories[kind], options);
}

/** Terminates every page-wide pool's workers (tests and page teardown). Main thread only. */
export function terminateAllPools(): void {
  for (const pool of Object.values(pools)) pool?.terminate();
}
