/**
 * One thread of the threaded library's matrix product C = A·B (n × n, row-major float64 on
 * SharedArrayBuffers), the way a threaded BLAS such as OpenBLAS splits a GEMM over its team: the
 * k dimension goes in panels of `kBlock`; for each panel the team first packs that panel of B into
 * a shared buffer together (each thread copies its share of the panel's rows), waits at a barrier,
 * then every thread multiplies its own block of rows of A's panel with the packed panel into its
 * rows of C, and waits at the barrier again before the next panel overwrites the packed buffer.
 * Rows are split as the course splits its integral (src/kernels/decomposition.ts).
 *
 * Every C[i][j] is added up in the same k order whatever the team size, so C is bit for bit the
 * same on 1, 2 or 16 threads. The barriers are where a team suffers when it shares cores with
 * other work: a thread the operating system has paused keeps the whole team waiting, and the
 * others spin for a while first ({@link SPIN_MS}), holding cores the paused one needs.
 *
 * Worker threads (and Node worker_threads in tests), or the main thread when the team has one
 * thread (no barrier is used then).
 */
import { blockRows } from '../kernels/decomposition.ts';
import { barrierWait } from '../shared-memory/barrier.ts';

/** Columns of A (rows of B) per panel. */
export const K_BLOCK = 64;

/**
 * How long a thread spins at the team's barrier before it sleeps (ms), as OpenMP runtimes and
 * OpenBLAS keep their threads spinning for a while: quick to react on an idle machine, a waste of a
 * core when the machine is oversubscribed.
 */
export const SPIN_MS = 2;

/** One thread's share of a product: the shared buffers and which thread of the team it is. */
export interface DotThreadJob {
  /** A, n × n float64, row-major. */
  a: SharedArrayBuffer;
  /** B, n × n float64 (may be the same buffer as `a`, for A·A). */
  b: SharedArrayBuffer;
  /** C, n × n float64, zero before the product. */
  c: SharedArrayBuffer;
  /** The packed panel of B: kBlock × n float64, shared by the team. */
  packed: SharedArrayBuffer;
  /** The team's barrier state (src/shared-memory/barrier.ts), for `team` parties. */
  barrier: SharedArrayBuffer;
  n: number;
  /** This thread's index in the team, 0-based. */
  rank: number;
  /** Threads in the team. */
  team: number;
  /** Panel width (default {@link K_BLOCK}). */
  kBlock?: number;
  /** Give up waiting at a barrier after this long (ms): a team member that never arrives. */
  barrierTimeoutMs?: number;
  /** Spin this long at a barrier before sleeping (ms, default {@link SPIN_MS}). */
  spinMs?: number;
}

/** What one thread did: when it computed (absolute ms, performance.timeOrigin + now) and how long it waited. */
export interface DotThreadResult {
  /** [start, end] of each stretch of work between barriers, absolute ms. */
  segments: [number, number][];
  /** Time spent waiting at the barriers (ms). */
  waitMs: number;
  /** Multiply-adds this thread did. */
  fmas: number;
}

const now = (): number => performance.timeOrigin + performance.now();

/**
 * Runs thread `job.rank` of the team's product (see the module comment).
 *
 * @throws Error when a barrier wait times out (a team member never arrived)
 * @throws RangeError when n, rank or team are out of range
 */
export function dotThread(job: DotThreadJob): DotThreadResult {
  const { n, rank, team } = job;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(team) || team < 1 || !Number.isInteger(rank) || rank < 0 || rank >= team) throw new RangeError(`rank ${rank} is not a thread of a team of ${team}`);
  const kBlock = job.kBlock ?? K_BLOCK;
  const A = new Float64Array(job.a);
  const B = new Float64Array(job.b);
  const C = new Float64Array(job.c);
  const P = new Float64Array(job.packed);
  const state = new Int32Array(job.barrier);
  const timeout = job.barrierTimeoutMs ?? 30_000;
  const { begin, end } = blockRows(n, team, rank);
  const segments: [number, number][] = [];
  let waitMs = 0;
  let fmas = 0;
  const wait = (): void => {
    if (team === 1) return;
    const t = now();
    barrierWait(state, timeout, job.spinMs ?? SPIN_MS);
    waitMs += now() - t;
  };
  for (let k0 = 0; k0 < n; k0 += kBlock) {
    const rowsK = Math.min(kBlock, n - k0);
    // Pack this thread's share of the panel's rows of B.
    let t = now();
    const share = blockRows(rowsK, team, rank);
    P.set(B.subarray((k0 + share.begin) * n, (k0 + share.end) * n), share.begin * n);
    segments.push([t, now()]);
    wait();
    // Multiply this thread's rows of A's panel with the packed panel, into its rows of C.
    t = now();
    for (let i = begin; i < end; i++) {
      const ci = i * n;
      const ai = i * n + k0;
      for (let kk = 0; kk < rowsK; kk++) {
        const aik = A[ai + kk]!;
        const pk = kk * n;
        for (let j = 0; j < n; j++) C[ci + j] = C[ci + j]! + aik * P[pk + j]!;
      }
    }
    fmas += (end - begin) * rowsK * n;
    segments.push([t, now()]);
    wait();
  }
  return { segments, waitMs, fmas };
}
