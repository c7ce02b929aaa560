import { describe, expect, it } from 'vitest';
import type { WorkerPool, PoolTask, RunOptions } from '../../workers/pool.ts';
import { runWorkload } from './scaling-pool.ts';
import type { ScalingApi } from '../../workers/scaling.worker.ts';
import { busyWork, planWorkload } from './workload.ts';

/** A stand-in for the worker pool that runs tasks in-process and logs what ran where. */
function fakePool() {
  const log: { workers: number; evaluations: number[] }[] = [];
  const pool = {
    async run<R>(tasks: readonly PoolTask<ScalingApi, R>[], options: RunOptions<R>) {
      const call: { workers: number; evaluations: number[] } = { workers: options.workers, evaluations: [] };
      log.push(call);
      const api = {
        work: async (n: number, phase: number) => {
          call.evaluations.push(n);
          return { value: busyWork(n, phase), startedAt: 0, endedAt: 0 };
        },
      };
      const results: R[] = [];
      for (const [task, t] of tasks.entries()) results.push(await t(api as never, { worker: task % options.workers, task }));
      return { results, records: [] };
    },
  };
  return { pool: pool as unknown as WorkerPool<ScalingApi>, log };
}

describe('runWorkload', () => {
  it('runs the serial part on one worker first, then one share per worker', async () => {
    const { pool, log } = fakePool();
    const run = await runWorkload(planWorkload(10_000, 0.2, 'strong', 4), undefined, pool);
    expect(log).toEqual([
      { workers: 1, evaluations: [2000] },
      { workers: 4, evaluations: [2000, 2000, 2000, 2000] },
    ]);
    expect(run.serialMs).toBeGreaterThanOrEqual(0);
    expect(run.parallelMs).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(run.checksum)).toBe(true);
  });
  it('skips the serial phase when f = 0 and gives each worker the full share in weak scaling', async () => {
    const { pool, log } = fakePool();
    const run = await runWorkload(planWorkload(3000, 0, 'weak', 3), undefined, pool);
    expect(log).toEqual([{ workers: 3, evaluations: [3000, 3000, 3000] }]);
    expect(run.serialMs).toBeLessThan(1);
  });
});
