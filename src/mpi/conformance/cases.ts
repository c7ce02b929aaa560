/**
 * The conformance suite of the communicator (issue 17): programs written twice, once for mpi4py
 * (`cases/<name>.py`) and once for this project's communicator (`cases/<name>.js`, the body of a
 * rank program as the MPI lab runs it), that must print the same lines on every rank at 1, 2, 3,
 * 4, 5 and 7 ranks. The expected output is a fixture (`fixtures/<name>.json`) written by
 * `npx tsx scripts/mpi-fixtures.ts` from real runs of the Python programs under Open MPI's
 * `mpirun`; it is checked in.
 *
 * Deterministic output: every line a case prints depends only on the rank and the size (no
 * timings, no arrival order: wildcard receives are sorted or counted, timing checks print True or
 * False), and the output is compared rank by rank, each rank's lines in their order, never
 * interleaved. Under mpirun each rank writes its own file (see run_cases.py), because mpirun's
 * forwarding interleaves the ranks' output even within lines.
 *
 * Where the suite runs: Node (Vitest, src/mpi/conformance/conformance.test.ts: against the
 * fixtures, and live against mpirun), Chromium (e2e/mpi-conformance.spec.ts, in the MPI lab on
 * Web Worker ranks).
 *
 * Pure data: any thread.
 */

/** One case of the suite. */
export interface ConformanceCase {
  /** File name without extension, in cases/ and fixtures/. */
  name: string;
  /** What it checks, with the defect it covers, if any. */
  covers: string;
  /**
   * The program polls (`req.test()` or `comm.iprobe()` in a loop without `await`), so it needs
   * ranks that run in parallel: worker threads in Node, never in-process ranks (one thread would
   * spin for ever before the sender runs).
   */
  polls: boolean;
}

/** Every case, in the order they run. */
export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  { name: 'p2p-tags-wildcards', covers: 'send/recv with tags, ANY_SOURCE, ANY_TAG and Status', polls: false },
  { name: 'pair-ordering', covers: 'non-overtaking messages between a pair, with wildcards and per-tag receives', polls: false },
  { name: 'nonblocking', covers: 'isend/irecv/wait/test/waitall; test() after wait() gives (True, None) (defect 5)', polls: false },
  { name: 'sendrecv', covers: 'sendrecv around a ring and along a chain ended by PROC_NULL', polls: false },
  { name: 'iprobe-loop', covers: 'iprobe in a loop without yielding sees the message (defect 1)', polls: true },
  { name: 'test-loop', covers: 'req.test() in a loop without yielding completes: computing while a message travels (defect 1)', polls: true },
  { name: 'bcast-scatter-gather', covers: 'bcast, scatter and gather from every root, non-zero ones included', polls: false },
  { name: 'reduce-ops', covers: 'reduce and allreduce with SUM, PROD, MAX, MIN and a function, at roots 0 and p - 1', polls: false },
  { name: 'reduce-order', covers: "mpi4py's binomial-tree reduction order against rank order, in digits and in grouping (defect 2)", polls: false },
  { name: 'barrier', covers: 'nobody leaves a barrier before the last rank arrives', polls: false },
  { name: 'row-bounds', covers: "the course's row bounds lose a row where the browser's blocks do not (defect 3)", polls: false },
  { name: 'word-acf', covers: "word autocorrelation of a word at position 0: the course's loop and kernels.wordAcf (defect 4)", polls: false },
  { name: 'proc-null-tags', covers: 'MPI.PROC_NULL and the tag limits 0 to 2^31 - 1 (defect 5)', polls: false },
  { name: 'eager-and-arrays', covers: "both ranks sending 800 bytes first does not hang; arrays reduce element-wise (defect 6's agreements)", polls: false },
];

/** The rank counts every case runs at. */
export const CONFORMANCE_SIZES: readonly number[] = [1, 2, 3, 4, 5, 7];

/** A case's expected output, as the fixture file holds it. */
export interface ConformanceFixture {
  case: string;
  /** The Python program, relative to this folder. */
  program: string;
  /** How it was made: the command and the versions of Open MPI, mpi4py and Python. */
  generatedBy: { command: string; mpirun: string; mpi4py: string; python: string };
  /** Per rank count (as a string key), each rank's lines in order: `ranks["4"][2]` is rank 2's output on 4 ranks. */
  ranks: Record<string, string[][]>;
}
