/**
 * Runs a rank program on p Web Workers, like `mpirun -np p`: one worker per rank, a full mesh of
 * MessageChannels between them (created here on the page, one port of each pair transferred to
 * each end), and the coordinator of run-core.ts watching. Cancelling terminates every worker.
 *
 * Main thread (page).
 */
import type { PortLike } from './comm.ts';
import { functionToSource, type RankProgram } from './program.ts';
import type { RankEvent, RankStartMessage } from './protocol.ts';
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from './run-core.ts';

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
    launch: (init, peers, onEvents, onFatal) => {
      const worker = new Worker(new URL('./rank.worker.ts', import.meta.url), { type: 'module', name: `rank ${init.rank}` });
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

export type { PortLike };
