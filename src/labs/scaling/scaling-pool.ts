/**
 * Runs the scaling lab's workload on real workers. Main thread only (it creates workers).
 *
 * One run on p workers: the serial part goes to worker 0 alone (the others sit idle, like ranks
 * waiting at a barrier), then the parallel part is handed to the p workers, one share each. The
 * run ends when the last share is back on the page.
 */
import type { Remote } from 'comlink';
import type { WorkerPool } from '../../workers/pool.ts';
import type { ScalingApi } from '../../workers/scaling.worker.ts';
import { poolFor } from '../../workers/pools.ts';
import type { WorkloadPlan } from './workload.ts';

/** The page-wide pool of scaling workers, created on first use. Main thread only. */
export function scalingPool(): WorkerPool<ScalingApi> {
  return poolFor('scaling');
}

/** What one run measured. */
export interface WorkloadRun {
  /** Time of the serial phase on the page, dispatch to result (ms); 0 when there is no serial part. */
  serialMs: number;
  /** Time of the parallel phase on the page, dispatch to the last result (ms). */
  parallelMs: number;
  /** Sum of every worker's result: returned so the engine cannot optimize the work away. */
  checksum: number;
}

/**
 * Runs `plan` on `plan.shares.length` workers: serial part on worker 0, then the parallel shares.
 *
 * @throws AbortError when `signal` aborts (the workers are terminated); the error of a failing worker
 */
export async function runWorkload(plan: WorkloadPlan, signal?: AbortSignal, pool: WorkerPool<ScalingApi> = scalingPool()): Promise<WorkloadRun> {
  const workers = plan.shares.length;
  let checksum = 0;
  const t0 = performance.now();
  if (plan.serial > 0) {
    const { results } = await pool.run([(api: Remote<ScalingApi>) => api.work(plan.serial, 0)], { workers: 1, signal });
    checksum += results[0]!.value;
  }
  const t1 = performance.now();
  const tasks = plan.shares.map((n, rank) => (api: Remote<ScalingApi>) => api.work(n, rank + 1));
  const { results } = await pool.run(tasks, { workers, signal });
  for (const r of results) checksum += r.value;
  return { serialMs: t1 - t0, parallelMs: performance.now() - t1, checksum };
}
