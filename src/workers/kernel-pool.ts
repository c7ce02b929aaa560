/**
 * The page's pool of kernel workers and the parallel versions of the workhorse kernels built on
 * it: the 2D integration split into row blocks (one per worker, combined in rank order) and
 * Monte Carlo pi split into independent streams (one per worker). Main thread only.
 */
import type { Remote } from 'comlink';
import { decompose } from '../kernels/decomposition.ts';
import { combineInRankOrder } from '../kernels/integrate2d.ts';
import { combineSamples, splitDarts, type PiSample } from '../kernels/monte-carlo-pi.ts';
import { kernelById, type Implementation, type KernelResult } from '../kernels/registry.ts';
import type { KernelsApi } from './kernels.worker.ts';
import type { WorkerPool, RunResult, TaskRecord } from './pool.ts';
import { poolFor } from './pools.ts';
import { toPageClock, type Timed } from './timed.ts';

/**
 * A fresh stop flag in shared memory (one Int32, 0 = go on), or undefined where the page cannot
 * share memory (not cross-origin isolated): there a cancel falls back to terminating the workers.
 */
export function sharedStopFlag(): Int32Array | undefined {
  if (typeof SharedArrayBuffer !== 'function' || (typeof crossOriginIsolated === 'boolean' && !crossOriginIsolated)) return undefined;
  try {
    return new Int32Array(new SharedArrayBuffer(4));
  } catch {
    return undefined;
  }
}

/** The page-wide kernel pool (src/workers/pools.ts). Main thread only. */
export function kernelPool(): WorkerPool<KernelsApi> {
  return poolFor('kernels');
}

/** A task record extended with when the worker itself computed (page clock, ms). */
export interface KernelTaskRecord extends TaskRecord {
  /** When the kernel started inside the worker (page clock, ms). */
  computeStart: number;
  /** When the kernel ended inside the worker (page clock, ms). */
  computeEnd: number;
}

/** The outcome of one parallel kernel run. */
export interface KernelRun<V> {
  /** The combined result. */
  value: V;
  /** Per-task timing, in task order (task k ran rank k's share). */
  records: KernelTaskRecord[];
}

function withCompute<T>(run: RunResult<Timed<T>>): KernelTaskRecord[] {
  return run.records.map((r, i) => ({
    ...r,
    computeStart: toPageClock(run.results[i]!.startedAt),
    computeEnd: toPageClock(run.results[i]!.endedAt),
  }));
}

/**
 * One run of a registered kernel on `workers` workers: its blocks (`kernel.split`) are handed out
 * to the workers, each computed with implementation `impl`, and the block results combined in
 * block order (`kernel.combine`).
 *
 * Cost: `kernel.work.amount(params)` units of work in all. Main thread only.
 *
 * @param params the kernel's parameters, already validated by its field schemas
 * @throws RangeError for an unknown kernel, a missing implementation or bad parameters;
 *   AbortError when `signal` aborts
 */
export async function runKernel(
  kernelId: string,
  impl: Implementation,
  params: Record<string, number>,
  workers: number,
  signal?: AbortSignal,
  pool: WorkerPool<KernelsApi> = kernelPool(),
): Promise<KernelRun<KernelResult>> {
  const kernel = kernelById(kernelId);
  if (!kernel.implementations[impl]) throw new RangeError(`The kernel "${kernelId}" has no "${impl}" implementation.`);
  // A cancel sets the shared stop flag first (this listener runs before the pool's own), so the
  // workers' loops end within milliseconds; terminate() alone can take seconds to stop a worker
  // inside a long loop in Chromium.
  const stopFlag = sharedStopFlag();
  const stop = (): void => {
    if (stopFlag) Atomics.store(stopFlag, 0, 1);
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const tasks = kernel.split(params, workers).map((block) => (api: Remote<KernelsApi>) => api.runBlock(kernelId, impl, params, block, stopFlag));
    const run = await pool.run(tasks, { workers, signal });
    return { value: kernel.combine(params, run.results.map((r) => r.value)), records: withCompute(run) };
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * The midpoint integral of sin(x + y) over [0, pi]^2 on an n x n grid, computed by `workers`
 * workers, worker k taking rows [trunc(k n / p), trunc((k + 1) n / p)) and the partial integrals
 * added in rank order (so 4 workers with n = 10000 give the course's 4.492851e-12).
 *
 * Cost: n^2 sin evaluations in all. Main thread only.
 *
 * @throws RangeError on invalid n or workers; AbortError when `signal` aborts
 */
export async function parallelIntegrate2d(
  n: number,
  workers: number,
  signal?: AbortSignal,
  pool: WorkerPool<KernelsApi> = kernelPool(),
): Promise<KernelRun<number>> {
  const tasks = decompose(n, workers).map(
    ({ begin, end }) =>
      (api: Remote<KernelsApi>) =>
        api.integrate2dRows(n, begin, end),
  );
  const run = await pool.run(tasks, { workers, signal });
  return { value: combineInRankOrder(run.results.map((r) => r.value)), records: withCompute(run) };
}

/**
 * Monte Carlo pi with `darts` darts split evenly among `workers` workers, worker k drawing from
 * stream k of the run seeded with `seed`: reproducible for the same seed, darts and workers.
 *
 * Cost: `darts` darts in all. Main thread only.
 *
 * @throws RangeError on invalid darts, seed or workers; AbortError when `signal` aborts
 */
export async function parallelPi(
  darts: number,
  seed: number,
  workers: number,
  signal?: AbortSignal,
  pool: WorkerPool<KernelsApi> = kernelPool(),
): Promise<KernelRun<PiSample>> {
  const tasks = splitDarts(darts, workers).map(
    (n, stream) =>
      (api: Remote<KernelsApi>) =>
        api.samplePi(n, seed, stream),
  );
  const run = await pool.run(tasks, { workers, signal });
  return { value: combineSamples(run.results.map((r) => r.value)), records: withCompute(run) };
}
