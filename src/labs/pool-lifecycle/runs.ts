/**
 * The page side of the pool-lifecycle labs: the tasks run on the page-wide `pool-lifecycle` pool
 * (src/workers/pools.ts), timed on the page. Main thread only.
 */
import { measure } from '../../measure/measure.ts';
import type { TimingSummary } from '../../measure/stats.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import type { PoolTask } from '../../workers/pool.ts';
import type { PoolLifecycleApi } from '../../workers/pool-lifecycle.worker.ts';
import { poolFor } from '../../workers/pools.ts';
import type { TaskEnd } from './order.ts';
import type { BigArgumentParams, OrderParams } from './settings.ts';

/**
 * Runs item i (waiting (items - i) x step ms) on the pool and records when each result came back.
 * @returns one end per item, ms since the run started, and the squares in input order
 * @throws AbortError when `signal` aborts
 */
export async function runSlowSquares(params: OrderParams, signal: AbortSignal): Promise<{ ends: TaskEnd[]; squares: number[] }> {
  const pool = poolFor('pool-lifecycle');
  await pool.run(Array.from({ length: params.workers }, () => (api) => api.slowSquare(0, 0)), { workers: params.workers, signal }); // start the workers first
  const ends: TaskEnd[] = [];
  const t0 = performance.now();
  const tasks: PoolTask<PoolLifecycleApi, number>[] = Array.from({ length: params.items }, (_, i) => (api) => api.slowSquare(i, (params.items - i) * params.step));
  const run = await pool.run(tasks, { workers: params.workers, signal, onTaskDone: (record) => ends.push({ item: record.task, end: record.end - t0 }) });
  return { ends, squares: run.results };
}

/** A way of giving every task the big table. */
export type Variant = 'argument' | 'initializer' | 'shared';

/** One variant's measurement. */
export interface VariantResult {
  variant: Variant;
  /** Copies of the table made per run: one per task, one per worker, none. */
  copies: number;
  time: TimingSummary;
}

/**
 * Times `tasks` tasks that each read one entry of an `mb` MB table, with the table sent with every
 * task, sent once per worker by an initializer call on the worker's first task, or shared (a
 * SharedArrayBuffer, when the page can share memory). Each variant: one warm-up, `repeats` timed
 * runs, page clock from dispatch to the last result.
 *
 * @param onResult called as each variant finishes
 * @throws AbortError when `signal` aborts; Error when the tasks' answers disagree
 */
export async function measureVariants(params: BigArgumentParams, signal: AbortSignal, onResult: (r: VariantResult) => void): Promise<VariantResult[]> {
  const pool = poolFor('pool-lifecycle');
  const length = Math.floor((params.mb * 1024 * 1024) / 8);
  const table = new Float64Array(length);
  for (let i = 0; i < length; i += 4096) table[i] = i;
  const shared = canShareMemory() ? new SharedArrayBuffer(length * 8) : null;
  if (shared) new Float64Array(shared).set(table);
  const entry = (t: number): number => (t * 4096) % length;
  const variants: { variant: Variant; copies: number; task: (kept: boolean[]) => PoolTask<PoolLifecycleApi, number> }[] = [
    { variant: 'argument', copies: params.tasks, task: () => (api, { task }) => api.withArgument(table, entry(task)) },
    {
      variant: 'initializer',
      copies: Math.min(params.workers, params.tasks),
      task: (kept) => async (api, { worker, task }) => {
        if (!kept[worker]) {
          kept[worker] = true;
          await api.keep(table);
        }
        return api.withKept(entry(task));
      },
    },
  ];
  if (shared) {
    variants.push({
      variant: 'shared',
      copies: 0,
      task: (kept) => async (api, { worker, task }) => {
        if (!kept[worker]) {
          kept[worker] = true;
          await api.keep(shared);
        }
        return api.withKept(entry(task));
      },
    });
  }
  await pool.run(Array.from({ length: params.workers }, () => (api) => api.release()), { workers: params.workers, signal });
  const results: VariantResult[] = [];
  try {
    for (const v of variants) {
      const m = await measure({
        repeats: params.repeats,
        signal,
        run: async () => {
          const kept: boolean[] = [];
          const task = v.task(kept);
          const run = await pool.run(Array.from({ length: params.tasks }, () => task), { workers: params.workers, signal });
          run.results.forEach((value, t) => {
            if (value !== table[entry(t)]) throw new Error(`Task ${t} read ${value}, not ${table[entry(t)]}.`);
          });
          return run.results.length;
        },
      });
      const r = { variant: v.variant, copies: v.copies, time: m.time };
      results.push(r);
      onResult(r);
    }
  } finally {
    if (!signal.aborted) await pool.run(Array.from({ length: params.workers }, () => (api) => api.release()), { workers: params.workers });
  }
  return results;
}
