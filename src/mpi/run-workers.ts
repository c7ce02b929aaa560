/**
 * Runs a rank program on p Web Workers, like `mpirun -np p`: one worker per rank, a full mesh of
 * MessageChannels between them (created by the coordinator of run-core.ts, one port of each pair
 * transferred to each end by worker-launch.ts), and that coordinator watching. Cancelling
 * terminates every worker.
 *
 * Main thread (page).
 */
import type { PortLike } from './comm.ts';
import { functionToSource, type RankProgram } from './program.ts';
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from './run-core.ts';
import { workerLaunch } from './worker-launch.ts';

/** Options of {@link runMpi}. */
export interface RunMpiOptions extends Omit<RunCoreOptions, 'launch' | 'source'> {
  /**
   * Source text (the body of an async function with `comm`, `MPI`, `kernels`, `print` in scope), or
   * a built-in self-contained function `async (comm, env) => ...` (sent as its source text).
   */
  program: string | RankProgram;
}

/**
 * Runs `program` on `size` worker ranks.
 *
 * @returns the final snapshot: status "ok", "error" (with the failing rank) or "deadlock"
 * @throws RangeError for a bad size; rejects with AbortError when `signal` aborts
 */
export function runMpi(options: RunMpiOptions): Promise<MpiSnapshot> {
  const { program, ...rest } = options;
  const source = typeof program === 'string' ? program : functionToSource(program);
  return runOnHosts({
    ...rest,
    source,
    launch: workerLaunch((name) => new Worker(new URL('./rank.worker.ts', import.meta.url), { type: 'module', name })),
  });
}

export type { PortLike };
