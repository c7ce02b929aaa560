/**
 * A library call that threads by itself, the counterpart of NumPy's `np.dot` on a threaded BLAS:
 * the caller writes `dot(A, A)`; how many threads the library starts is not in the caller's code
 * but in the library's environment variable {@link THREADS_VARIABLE}, as OpenBLAS and MKL read
 * `OMP_NUM_THREADS` (HPC2N's "implicit threaded" example: 1.14 s on one thread, 0.60 s on two,
 * for a 3000 × 3000 product). Each thread of the team is a worker of the page's `library` pool
 * working on shared memory (./dot-thread.ts). Main thread.
 */
import { allocateShared } from '../shared-memory/shared-buffer.ts';
import { createBarrier } from '../shared-memory/barrier.ts';
import { streamGenerator } from '../kernels/xoshiro128.ts';
import { poolFor } from '../workers/pools.ts';
import { toPageClock } from '../workers/timed.ts';
import { MAX_WORKERS } from '../params/limits.ts';
import { K_BLOCK, type DotThreadResult } from './dot-thread.ts';

/** The library's environment variable for its team size (its `OMP_NUM_THREADS`). */
export const THREADS_VARIABLE = 'PL_NUM_THREADS';

/** The library's environment: variable name → text, as a process's environment holds it. */
export type LibraryEnv = Readonly<Record<string, string | undefined>>;

/**
 * The team size the library uses in `env`: {@link THREADS_VARIABLE} when set, else every core the
 * browser reports (OpenBLAS's default is the machine's cores too, whatever else runs there).
 * Any thread.
 *
 * @throws RangeError when the variable is set but is not a whole number from 1 to MAX_WORKERS
 */
export function teamSize(env: LibraryEnv, cores: number): number {
  const text = env[THREADS_VARIABLE]?.trim();
  if (text === undefined || text === '') return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores)));
  const t = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(t) || t < 1 || t > MAX_WORKERS) {
    throw new RangeError(`${THREADS_VARIABLE}=${text} is not a number of threads: use a whole number from 1 to ${MAX_WORKERS}`);
  }
  return t;
}

/**
 * An n × n matrix of uniform numbers in [0, 1) on a SharedArrayBuffer (row-major float64), from
 * stream 0 of this project's xoshiro128** generator with `seed` (as `np.random.rand(n, n)`).
 * Any thread.
 *
 * @throws Error when shared memory is unavailable (see allocateShared)
 */
export function randomMatrix(n: number, seed: number): SharedArrayBuffer {
  const buffer = allocateShared(n * n * Float64Array.BYTES_PER_ELEMENT);
  const m = new Float64Array(buffer);
  const rng = streamGenerator(seed, 0);
  for (let i = 0; i < m.length; i++) m[i] = rng.nextUint32() / 4294967296;
  return buffer;
}

/** One product as the library ran it. */
export interface DotRun {
  /** C = A·B (a view on shared memory). */
  c: Float64Array;
  /** Threads the library used. */
  team: number;
  /** What each thread did, by rank, with its times on the page's clock (ms). */
  threads: (DotThreadResult & { pageSegments: [number, number][] })[];
  /** Wall time of the call on the page (ms), from the call to the last thread's return. */
  ms: number;
}

/**
 * C = A·B for n × n matrices on shared memory, on a team of as many threads as `env` says
 * (see {@link teamSize}): all threads start together on workers of the page's `library` pool and
 * meet at a barrier after each panel. Calls may overlap (each gets its own team, as each process
 * of a Python pool calling `np.dot` gets its own BLAS threads). Main thread.
 *
 * @param a A (n × n float64, shared)
 * @param b B (defaults to A: the course's `np.dot(A, A)`)
 * @throws RangeError for a bad {@link THREADS_VARIABLE} or more threads than the pool may hold
 * @throws DOMException AbortError when `signal` aborts (the team's workers are terminated)
 */
export async function dot(a: SharedArrayBuffer, n: number, env: LibraryEnv, options: { cores: number; signal?: AbortSignal; b?: SharedArrayBuffer }): Promise<DotRun> {
  const team = teamSize(env, options.cores);
  const c = allocateShared(n * n * Float64Array.BYTES_PER_ELEMENT);
  const packed = allocateShared(K_BLOCK * n * Float64Array.BYTES_PER_ELEMENT);
  const barrier = createBarrier(team).buffer as SharedArrayBuffer;
  const b = options.b ?? a;
  const t0 = performance.now();
  const run = await poolFor('library').run(
    Array.from({ length: team }, (_, rank) => (api) => api.dotThread({ a, b, c, packed, barrier, n, rank, team })),
    { workers: team, ...(options.signal ? { signal: options.signal } : {}) },
  );
  const ms = performance.now() - t0;
  return {
    c: new Float64Array(c),
    team,
    threads: run.results.map((r) => ({ ...r, pageSegments: r.segments.map(([s, e]): [number, number] => [toPageClock(s), toPageClock(e)]) })),
    ms,
  };
}

/** Sum of C's entries: a checksum to compare products (equal bit for bit whatever the team). Any thread. */
export function checksum(c: Float64Array): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i]!;
  return s;
}
