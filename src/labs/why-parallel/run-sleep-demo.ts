/**
 * Runs the course's sleep demo on real workers: `tasks` tasks that each sleep `sleepMs`, first on
 * one worker (one task after another, the serial loop), then on `workers` workers at once.
 * Main thread (it drives the page's kernel pool).
 *
 * Source: `sleep.py` of the HPC2N/UPPMAX/LUNARC/NSC/PDC course "Parallel computing with Python",
 * which prints about 4 s serially and about 1 s on 4 processes.
 */
import type { Remote } from 'comlink';
import type { KernelsApi } from '../../workers/kernels.worker.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { poolFor } from '../../workers/pools.ts';
import type { Timed } from '../../workers/timed.ts';
import { measure, type Measurement } from '../../measure/measure.ts';
import { timelineRun, type TimelineRun } from '../kit/timeline-model.ts';
import type { SleepParams } from './sleep-params.ts';

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
  /** One worker, the tasks one after another: every timed run (ms) and its timeline. */
  serial: Measurement<TimelineRun>;
  /** `params.workers` workers: every timed run and its timeline. */
  parallel: Measurement<TimelineRun>;
}

async function timedRun(p: WorkerPool<KernelsApi>, params: SleepParams, workers: number, signal: AbortSignal | undefined): Promise<TimelineRun> {
  const tasks = Array.from({ length: params.tasks }, () => (api: Remote<KernelsApi>): Promise<Timed<number>> => api.sleep(params.sleepMs));
  const startedAt = performance.now();
  const run = await p.run(tasks, signal ? { workers, signal } : { workers });
  return timelineRun(run.records, workers, startedAt, performance.now());
}

/**
 * Runs the demo on the page's kernel pool: starts the workers (timed separately, like the cost of
 * starting processes), then times `params.repeats` serial runs on one worker and `params.repeats`
 * parallel runs on `params.workers` workers with the measurement loop of src/measure/measure.ts.
 * Sleeping needs no JIT warm-up, so worker start-up is the only warm-up (no discarded runs).
 * `onPhase` is told what starts next. Main thread.
 *
 * @throws DOMException AbortError when `signal` aborts (the workers are terminated)
 * @throws Error when a worker fails to start or throws
 */
export async function runSleepDemo(signal: AbortSignal, params: SleepParams, onPhase?: (progress: SleepProgress) => void): Promise<SleepDemoResult> {
  const p = poolFor('kernels');
  onPhase?.({ phase: 'starting', repeat: 1 });
  const t0 = performance.now();
  await p.warm(Math.max(1, params.workers), (api) => api.echo(0));
  const startupMs = performance.now() - t0;
  signal.throwIfAborted();
  const timed = (phase: 'serial' | 'parallel', workers: number) =>
    measure({
      repeats: params.repeats,
      warmups: 0,
      signal,
      run: ({ index, signal: s }) => {
        onPhase?.({ phase, repeat: index + 1 });
        return timedRun(p, params, workers, s);
      },
    });
  const serial = await timed('serial', 1);
  const parallel = await timed('parallel', params.workers);
  return { params, startupMs, serial, parallel };
}
