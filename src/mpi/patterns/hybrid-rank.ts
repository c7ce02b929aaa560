/**
 * One rank of the hybrid timing run (hybrid.ts): start this rank's team of threads once, then
 * for the warm-up and every repeat meet at a barrier, let the team sum its blocks into the rank's
 * shared slots, add them in thread order and reduce the ranks' sums on rank 0 along mpi4py's
 * tree. Rank 0 times each repeat from the barrier to the reduced result.
 *
 * Runs in a rank's thread: a rank worker of the lab (its team are Web Workers it starts) or the
 * Node tests (an inline team).
 */
import type { Comm } from '../comm.ts';
import type { ProgramEnv } from '../program.ts';
import { blockRows } from '../../kernels/decomposition.ts';
import { integrate2dRows } from '../../kernels/integrate2d.ts';
import { layoutName, sumInOrder, type TeamFactory, type ThreadTeam } from './hybrid.ts';

/** Settings of a hybrid run. */
export interface HybridSettings {
  /** Grid points per axis. */
  n: number;
  /** Threads per rank; 1 means the rank computes its block itself (pure MPI). */
  threads: number;
  /** Timed repeats kept. */
  repeats: number;
  /** Repeats run first and discarded (JIT, worker start, caches). */
  warmup: number;
}

/** What rank 0 returns (other ranks return null). */
export interface HybridResult {
  /** The integral (rank 0's reduced sum). */
  integral: number;
  /** ms of each kept repeat on rank 0, barrier to reduced result. */
  times: number[];
  /** ms of the discarded warm-up repeats. */
  warmupTimes: number[];
}

/**
 * Rank `comm.rank`'s part of a hybrid run. Every rank must call it (barriers and reduces).
 *
 * @param makeTeam starts the rank's threads when `settings.threads > 1`
 * @throws RangeError for a bad n or threads; whatever starting the team throws (no shared memory)
 */
export async function hybridRank(comm: Comm, env: Pick<ProgramEnv, 'print'>, makeTeam: TeamFactory, settings: HybridSettings): Promise<HybridResult | null> {
  const { n, threads, repeats, warmup } = settings;
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a positive integer, got ${threads}`);
  const blocks = comm.size * threads;
  const team: ThreadTeam | null = threads > 1 ? await makeTeam(threads) : null;
  try {
    const times: number[] = [];
    for (let rep = 0; rep < warmup + repeats; rep++) {
      await comm.barrier();
      const t0 = performance.now();
      let mine: number;
      if (team) mine = sumInOrder(await team.run(n, blocks, comm.rank * threads));
      else {
        const b = blockRows(n, blocks, comm.rank);
        mine = integrate2dRows(n, b.begin, b.end);
      }
      const integral = await comm.reduce<number>(mine, { op: 'SUM', root: 0, order: 'tree' });
      times.push(performance.now() - t0);
      if (rep === warmup + repeats - 1 && comm.rank === 0) {
        env.print(`${layoutName({ ranks: comm.size, threads })}: integral ${integral!.toExponential(6)}`);
        return { integral: integral!, times: times.slice(warmup), warmupTimes: times.slice(0, warmup) };
      }
    }
    return null;
  } finally {
    team?.close();
  }
}
