/**
 * Runs a program with every rank in this thread, over real MessageChannels (Node and browsers
 * both have them): the same communicator, transport, coordinator and deadlock detector as the
 * worker version, without the workers. Used by the unit tests; ranks interleave at their awaits,
 * so compute-heavy programs do not run in parallel here.
 *
 * Any thread with MessageChannel (Node >= 15, browsers).
 */
import type { RankProgram } from './program.ts';
import { hostRank } from './rank-host.ts';
import { runOnHosts, type MpiSnapshot, type RunCoreOptions } from './run-core.ts';

/** Options of {@link runInProcess}: a program as source text or as a built-in function. */
export interface InProcessOptions extends Omit<RunCoreOptions, 'launch' | 'source'> {
  program: string | RankProgram;
}

/**
 * Runs `program` on `size` in-process ranks.
 *
 * @returns the final snapshot (status ok, error or deadlock)
 * @throws as {@link runOnHosts}
 */
export function runInProcess(options: InProcessOptions): Promise<MpiSnapshot> {
  const { program, ...rest } = options;
  return runOnHosts({
    ...rest,
    source: typeof program === 'string' ? program : '',
    launch: (init, peers, onEvents) => {
      hostRank(init, peers, onEvents, typeof program === 'function' ? program : undefined);
      return {
        stop: () => {
          for (const p of peers) p?.close?.();
        },
      };
    },
  });
}
