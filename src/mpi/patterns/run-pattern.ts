/**
 * Runs a pattern job (pattern-job.ts) on `size` rank workers, like `mpirun -np size`: the
 * runtime's coordinator (src/mpi/run-core.ts) with pattern-rank.worker.ts as the rank, so the run
 * has the same communicator, trace, deadlock detection and cancel as the message-passing lab.
 *
 * Main thread (page).
 */
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from '../run-core.ts';
import { workerLaunch } from '../worker-launch.ts';
import type { PatternJob } from './pattern-job.ts';

/** Options of {@link runPattern}. */
export interface RunPatternOptions extends Omit<RunCoreOptions, 'launch' | 'source'> {
  job: PatternJob;
}

/**
 * Runs `job` on `size` worker ranks.
 *
 * @returns the final snapshot (status ok, error or deadlock); each rank's return value in `returns`
 * @throws RangeError for a bad size; rejects with an AbortError when `signal` aborts (the workers,
 *   and with them their thread workers, are terminated)
 */
export function runPattern(options: RunPatternOptions): Promise<MpiSnapshot> {
  const { job, ...rest } = options;
  return runOnHosts({
    ...rest,
    source: JSON.stringify(job),
    launch: workerLaunch((name) => new Worker(new URL('./pattern-rank.worker.ts', import.meta.url), { type: 'module', name })),
  });
}
