/**
 * The three ways the one-thread lab runs the same CPU-bound integral: in one piece on the main
 * thread, as async tasks taking turns on the main thread, and on workers. Main thread only.
 *
 * Source of the comparison: the HPC2N/UPPMAX/LUNARC/NSC/PDC course "Parallel computing with
 * Python" ran the 2D integral serially (20.39 s), with 4 threads (21.29 s: the GIL lets one run
 * at a time) and with 4 processes (about 6 s).
 */
import { parallelIntegrate2d } from '../../workers/kernel-pool.ts';
import type { KernelsApi } from '../../workers/kernels.worker.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { poolFor } from '../../workers/pools.ts';
import { gridForDuration, integrateAsAsyncTasks, integrateInOnePiece, measureRate } from './cpu-work.ts';

/** How the work is run. */
export type CpuMode = 'main' | 'async' | 'workers';

/** Target duration of the main-thread run (ms): long enough to see, short enough to bear. */
export const TARGET_MS = 800;
/** Hard cap of any main-thread run (ms). */
export const GUARD_MS = 1500;
/** Async tasks in the Promise.all run, like the course's 4 threads. */
export const ASYNC_TASKS = 4;

function cpuPool(): WorkerPool<KernelsApi> {
  return poolFor('kernels');
}

let sharedGrid: number | null = null;

/**
 * The grid n of the lab's work, shared by every lab on the page: measured once (a few tens of ms
 * of work on this thread, in slices of a few ms) so that n² evaluations take about
 * {@link TARGET_MS}, then kept.
 */
export async function labGrid(): Promise<number> {
  sharedGrid ??= gridForDuration(await measureRate(), TARGET_MS);
  return sharedGrid;
}

/** Replaces the shared grid (after a run showed the computer is slower than measured). */
export function setLabGrid(n: number): void {
  sharedGrid = n;
}

/**
 * The grid to use after a main-thread run, or `null` to keep `n`. Only a run cut short by the
 * 1.5 s guard changes it: the computer is then slower than the calibration said (another program
 * may be busy), and the grid is re-sized from the rate this run achieved, so the next run fits.
 * Slower runs that finished are kept, so a single slow run does not throw away the table.
 *
 * @param rowsDone rows of the n x n grid the run computed; @param wallMs how long it took (ms)
 */
export function resizedGrid(n: number, rowsDone: number, wallMs: number, stoppedByGuard: boolean): number | null {
  if (!stoppedByGuard || rowsDone <= 0 || !(wallMs > 0)) return null;
  return gridForDuration((rowsDone * n) / wallMs, TARGET_MS);
}

/** What one timed run returned. */
export interface CpuRunOutcome {
  /** The integral computed. */
  value: number;
  /** True when the 1.5 s guard cut a main-thread run short. */
  stoppedByGuard: boolean;
  /** Rows of the grid computed (n unless cut short). */
  rowsDone: number;
}

/**
 * Starts `workers` workers and lets them compile the kernel (an unmeasured small run), so the
 * timed run measures the computation, not start-up.
 *
 * @throws AbortError when `signal` aborts; Error when a worker fails
 */
export async function warmWorkers(workers: number, signal: AbortSignal): Promise<void> {
  await parallelIntegrate2d(64 * workers, workers, signal, cpuPool());
}

/**
 * Runs the integral with grid `n` in `mode`. `main` blocks the page (guarded at 1.5 s); `async`
 * takes turns with the page; `workers` runs on `workers` workers (warm them first).
 *
 * @throws AbortError when `signal` aborts (async and workers modes); Error when a worker fails
 */
export async function runCpuMode(mode: CpuMode, n: number, workers: number, signal: AbortSignal): Promise<CpuRunOutcome> {
  switch (mode) {
    case 'main':
      return integrateInOnePiece(n, GUARD_MS);
    case 'async':
      return integrateAsAsyncTasks(n, ASYNC_TASKS, { guardMs: 2 * GUARD_MS, signal });
    case 'workers': {
      const run = await parallelIntegrate2d(n, workers, signal, cpuPool());
      return { value: run.value, stoppedByGuard: false, rowsDone: n };
    }
  }
}
