/**
 * Runs a pattern job (pattern-job.ts) on `size` rank workers, like `mpirun -np size`: the
 * runtime's coordinator (src/mpi/run-core.ts) with pattern-rank.worker.ts as the rank, so the run
 * has the same communicator, trace, deadlock detection and cancel as the message-passing lab.
 *
 * Main thread (page).
 */
import type { RankEvent, RankStartMessage } from '../protocol.ts';
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from '../run-core.ts';
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
    launch: (init, peers, onEvents, onFatal) => {
      const worker = new Worker(new URL('./pattern-rank.worker.ts', import.meta.url), { type: 'module', name: `rank ${init.rank}` });
      worker.addEventListener('message', (e: MessageEvent<RankEvent[]>) => onEvents(e.data));
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        onFatal(e.message || 'the worker failed to start');
      });
      worker.addEventListener('messageerror', () => onFatal('a message from the worker could not be read'));
      const ports = peers as unknown as (MessagePort | null)[];
      const start: RankStartMessage = { type: 'init', ...init, peers: ports };
      worker.postMessage(start, ports.filter((p): p is MessagePort => p !== null));
      return { stop: () => worker.terminate() };
    },
  });
}
