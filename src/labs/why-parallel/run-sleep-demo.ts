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

/** Everything one run of the demo measured. */
export interface SleepDemoResult {
  params: SleepParams;
  /** Time to start the workers and get one answer from each (ms); not part of the timed runs. */
  startupMs: number;
  /** One worker, the tasks one after another. */
  serial: SleepRunSummary;
  /** `params.workers` workers. */
  parallel: SleepRunSummary;
}

async function timedRun(p: WorkerPool<KernelsApi>, params: SleepParams, workers: number, signal: AbortSignal): Promise<SleepRunSummary> {
  const tasks = Array.from({ length: params.tasks }, () => (api: Remote<KernelsApi>): Promise<Timed<number>> => api.sleep(params.sleepMs));
  const startedAt = performance.now();
  const run = await p.run(tasks, { workers, signal });
  return summarizeSleepRun(run.records, workers, startedAt, performance.now());
}

/**
 * Runs the demo: starts the workers (timed separately, like the cost of starting processes), then
 * the serial run on one worker, then the parallel run. `onPhase` is told what starts next.
 *
 * @throws DOMException AbortError when `signal` aborts (the workers are terminated)
 * @throws Error when a worker fails to start or throws
 */
export async function runSleepDemo(signal: AbortSignal, params: SleepParams, onPhase?: (phase: SleepPhase) => void): Promise<SleepDemoResult> {
  const p = sleepPool();
  onPhase?.('starting');
  const t0 = performance.now();
  await p.warm(Math.max(1, params.workers), (api) => api.echo(0));
  const startupMs = performance.now() - t0;
  signal.throwIfAborted();
  onPhase?.('serial');
  const serial = await timedRun(p, params, 1, signal);
  onPhase?.('parallel');
  const parallel = await timedRun(p, params, params.workers, signal);
  return { params, startupMs, serial, parallel };
}
