/**
 * The oversubscription trap, for real: `jobs` independent products run by p outer workers (the
 * processes of a Python pool), each calling the threaded library with t threads (its
 * PL_NUM_THREADS), so p × t library threads compete for the cores. Three configurations on c
 * cores: p = c outer workers with t = 1, one outer worker with t = c, and p = c with t = c
 * (p × t = c², what a pool of c processes gets when each process's BLAS starts c threads).
 *
 * What is real and what stands in: every multiply-add runs on the library's worker threads, p × t
 * of them at once; the outer workers are stand-ins on the page that only hand out the jobs (a
 * pool process waiting for its BLAS call does no work either). Main thread.
 */
import { checksum, dot, THREADS_VARIABLE } from '../../threaded-library/library.ts';
import type { TimelineBar } from '../kit/timeline-model.ts';

/** One way to share the jobs between outer workers and library threads. */
export interface SplitConfig {
  id: 'outer' | 'library' | 'both';
  /** Outer workers (pool processes). */
  p: number;
  /** Library threads per call. */
  t: number;
  /** Label for tables, e.g. "2 workers × 1 thread". */
  label: string;
}

/** The three configurations on `cores` cores (at least 2, so the trap shows on any machine). */
export function splitConfigs(cores: number): SplitConfig[] {
  const c = Math.max(2, Math.min(8, Math.floor(cores)));
  const name = (p: number, t: number) => `${p} worker${p === 1 ? '' : 's'} × ${t} thread${t === 1 ? '' : 's'}`;
  return [
    { id: 'outer', p: c, t: 1, label: name(c, 1) },
    { id: 'library', p: 1, t: c, label: name(1, c) },
    { id: 'both', p: c, t: c, label: name(c, c) },
  ];
}

/** A configuration's timed run. */
export interface SplitRun {
  config: SplitConfig;
  /** Wall time of all the jobs (ms). */
  ms: number;
  /** One bar per stretch of library work, lane = outer worker × t + thread (ms from the start). */
  bars: TimelineBar[];
  /** Lanes of the timeline: p × t. */
  lanes: number;
  /** Time the library threads spent waiting at their barriers, summed (ms). */
  waitMs: number;
  /** Checksum of each job's product, in job order (equal in every configuration). */
  checksums: number[];
}

/**
 * Runs the `jobs` products of A·A once in `config` (p outer workers taking the next job when
 * free, each call with PL_NUM_THREADS = t) and records the library threads' work. Main thread.
 *
 * @throws DOMException AbortError when `signal` aborts
 */
export async function runSplit(a: SharedArrayBuffer, n: number, jobs: number, config: SplitConfig, cores: number, signal?: AbortSignal): Promise<SplitRun> {
  const bars: TimelineBar[] = [];
  const checksums: number[] = new Array<number>(jobs).fill(Number.NaN);
  let waitMs = 0;
  let next = 0;
  const t0 = performance.now();
  const env = { [THREADS_VARIABLE]: String(config.t) };
  const outer = async (worker: number): Promise<void> => {
    while (next < jobs) {
      signal?.throwIfAborted();
      const job = next++;
      const run = await dot(a, n, env, { cores, ...(signal ? { signal } : {}) });
      checksums[job] = checksum(run.c);
      run.threads.forEach((thread, rank) => {
        waitMs += thread.waitMs;
        for (const [start, end] of thread.pageSegments) bars.push({ worker: worker * config.t + rank, task: job, start: start - t0, end: end - t0, label: `job ${job + 1}, thread ${rank}` });
      });
    }
  };
  await Promise.all(Array.from({ length: config.p }, (_, w) => outer(w)));
  return { config, ms: performance.now() - t0, bars, lanes: config.p * config.t, waitMs, checksums };
}
