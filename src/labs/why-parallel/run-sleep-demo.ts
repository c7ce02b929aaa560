/**
 * Runs the course's sleep demo on real workers: `tasks` tasks that each sleep `sleepMs`, first on
 * one worker (one task after another, the serial loop), then on `workers` workers at once.
 * Main thread only (it creates workers).
 *
 * Source: `sleep.py` of the HPC2N/UPPMAX/LUNARC/NSC/PDC course "Parallel computing with Python",
 * which prints about 4 s serially and about 1 s on 4 processes.
 */
import type { Remote } from 'comlink';
import { createKernelWorker } from '../../workers/kernel-pool.ts';
import type { KernelsApi } from '../../workers/kernels.worker.ts';
import { WorkerPool } from '../../workers/pool.ts';
import type { Timed } from '../../workers/timed.ts';
import { summarize, type TimingSummary } from '../../measure/stats.ts';
import type { SleepParams } from './sleep-params.ts';
import { summarizeSleepRun, type SleepRunSummary } from './sleep-timeline.ts';

let pool: WorkerPool<KernelsApi> | null = null;

/** The demo's own pool of kernel workers (separate from the speedup lab's), created on first use. */
function sleepPool(): WorkerPool<KernelsApi> {
  pool ??= new WorkerPool<KernelsApi>(createKernelWorker, { idleTimeoutMs: 20_000 });
  return pool;
}

/** Which part of the demo is running. */
export type SleepPhase = 'starting' | 'serial' | 'parallel';

/** Progress of a run: what is running and which repeat (1-based). */
export interface SleepProgress {
  phase: SleepPhase;
  repeat: number;
}

/** Everything one run of the demo measured. */
export interface SleepDemoResult {
  params: SleepParams;
  /** Time to start the workers and get one answer from each (ms); not part of the timed runs. */
  startupMs: number;
  /** One worker, the tasks one after another (the last repeat, for the timeline). */
  serial: SleepRunSummary;
  /** `params.workers` workers (the last repeat). */
  parallel: SleepRunSummary;
  /** Wall times of every serial repeat (ms): median, min, max, noisy. */
  serialTimes: TimingSummary;
  /** Wall times of every parallel repeat (ms). */
  parallelTimes: TimingSummary;
}

async function timedRun(p: WorkerPool<KernelsApi>, params: SleepParams, workers: number, signal: AbortSignal): Promise<SleepRunSummary> {
  const tasks = Array.from({ length: params.tasks }, () => (api: Remote<KernelsApi>): Promise<Timed<number>> => api.sleep(params.sleepMs));
  const startedAt = performance.now();
  const run = await p.run(tasks, { workers, signal });
  return summarizeSleepRun(run.records, workers, startedAt, performance.now());
}

/**
 * Runs the demo: starts the workers (timed separately, like the cost of starting processes), then
 * `params.repeats` times the serial run on one worker followed by the parallel run. `onPhase` is
 * told what starts next. Sleeping needs no JIT warm-up, so worker start-up is the only warm-up.
 *
 * @throws DOMException AbortError when `signal` aborts (the workers are terminated)
 * @throws Error when a worker fails to start or throws
 */
export async function runSleepDemo(signal: AbortSignal, params: SleepParams, onPhase?: (progress: SleepProgress) => void): Promise<SleepDemoResult> {
  const p = sleepPool();
  onPhase?.({ phase: 'starting', repeat: 1 });
  const t0 = performance.now();
  await p.warm(Math.max(1, params.workers), (api) => api.echo(0));
  const startupMs = performance.now() - t0;
  signal.throwIfAborted();
  const serialRuns: SleepRunSummary[] = [];
  const parallelRuns: SleepRunSummary[] = [];
  for (let repeat = 1; repeat <= params.repeats; repeat++) {
    onPhase?.({ phase: 'serial', repeat });
    serialRuns.push(await timedRun(p, params, 1, signal));
    onPhase?.({ phase: 'parallel', repeat });
    parallelRuns.push(await timedRun(p, params, params.workers, signal));
  }
  return {
    params,
    startupMs,
    serial: serialRuns.at(-1)!,
    parallel: parallelRuns.at(-1)!,
    serialTimes: summarize(serialRuns.map((r) => r.wallMs)),
    parallelTimes: summarize(parallelRuns.map((r) => r.wallMs)),
  };
}
