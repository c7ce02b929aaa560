/**
 * Hybrid MPI + threads on the course's 2D integral (HPC2N/UPPMAX "Parallel computing with
 * Python"; the layout from the ADACS workshop's hybrid section, MPI between nodes and a team of
 * threads sharing memory inside each): `ranks` ranks, each with a team of `threads` threads, so
 * the rows are cut into `ranks x threads` blocks (the course's `int(n/p*k)` split) and thread t of
 * rank r sums block `r * threads + t`. A team writes its partial sums into its rank's shared
 * slots and the rank adds them in thread order; one `reduce` then adds the ranks' sums along
 * mpi4py's binomial tree. Pure ranks are `p x 1`, pure threads `1 x p`.
 *
 * Pure: any thread, and Node.
 */
import { blockRows, type RowBlock } from '../../kernels/decomposition.ts';
import { integrate2dRows } from '../../kernels/integrate2d.ts';

/** Ranks and threads per rank. */
export interface Layout {
  ranks: number;
  threads: number;
}

/** The lesson's grid (n x n midpoint points): small enough for the Python version under mpirun. */
export const HYBRID_N = 3000;

/** "2 ranks x 2 threads". */
export function layoutName({ ranks, threads }: Layout): string {
  return `${ranks} rank${ranks === 1 ? '' : 's'} × ${threads} thread${threads === 1 ? '' : 's'}`;
}

/**
 * Every layout of `workers` workers as ranks x threads, pure ranks first, pure threads last
 * (4: 4 x 1, 2 x 2, 1 x 4). Any thread.
 * @throws RangeError when workers is not a positive integer
 */
export function layoutsOf(workers: number): Layout[] {
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const out: Layout[] = [];
  for (let threads = 1; threads <= workers; threads++) if (workers % threads === 0) out.push({ ranks: workers / threads, threads });
  return out;
}

/**
 * Rows of thread `thread` of rank `rank`: block `rank * threads + thread` of `ranks * threads`.
 * @throws RangeError as blockRows
 */
export function hybridBlock(n: number, layout: Layout, rank: number, thread: number): RowBlock {
  if (!Number.isInteger(thread) || thread < 0 || thread >= layout.threads) throw new RangeError(`thread must be an integer in [0, ${layout.threads}), got ${thread}`);
  return blockRows(n, layout.ranks * layout.threads, rank * layout.threads + thread);
}

/** Adds values one after another from 0: a team's partial sums in thread order. */
export function sumInOrder(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * The sum of the ranks' values as mpi4py's `comm.reduce` adds Python floats: along a binomial
 * tree, where in round k every rank divisible by 2^(k+1) adds the value of the rank 2^k above it
 * (4 ranks: (v0 + v1) + (v2 + v3)). The same order as src/mpi/collectives.ts's `'tree'`.
 */
export function treeSum(values: readonly number[]): number {
  const v = [...values];
  for (let mask = 1; mask < v.length; mask <<= 1) {
    for (let r = 0; r + mask < v.length; r += 2 * mask) v[r] = v[r]! + v[r + mask]!;
  }
  return v[0] ?? 0;
}

/**
 * The integral a layout computes, serially with the same blocks and the same order of additions
 * (for tests and the lesson's Python check). Cost: n^2 sin evaluations. Any thread.
 */
export function hybridIntegral(n: number, layout: Layout): number {
  const rankSums = Array.from({ length: layout.ranks }, (_, r) =>
    sumInOrder(Array.from({ length: layout.threads }, (_, t) => {
      const b = hybridBlock(n, layout, r, t);
      return integrate2dRows(n, b.begin, b.end);
    })),
  );
  return treeSum(rankSums);
}

/**
 * A rank's team of threads: `run` has thread t sum block `firstBlock + t` of `blocks` and write it
 * into slot t of the rank's shared buffer, and resolves with the slots in thread order.
 */
export interface ThreadTeam {
  readonly threads: number;
  run(n: number, blocks: number, firstBlock: number): Promise<number[]>;
  /** Ends the team's threads. */
  close(): void;
}

/** Starts a team of `threads` threads (Web Workers in the browser, the rank's own thread in tests). */
export type TeamFactory = (threads: number) => Promise<ThreadTeam>;

/**
 * A team that runs its "threads" one after another on the calling thread, writing the same shared
 * slots: the Node tests' stand-in for worker threads (same blocks, same additions). Any thread.
 */
export const inlineTeam: TeamFactory = async (threads) => {
  const slots = new Float64Array(new SharedArrayBuffer(8 * threads));
  return {
    threads,
    run: async (n, blocks, firstBlock) => {
      for (let t = 0; t < threads; t++) {
        const b = blockRows(n, blocks, firstBlock + t);
        slots[t] = integrate2dRows(n, b.begin, b.end);
      }
      return Array.from(slots);
    },
    close: () => {},
  };
};
