/**
 * The page side of the memory-hierarchy and profiling labs: each measurement is a task on the
 * page-wide `measure-first` worker pool (src/workers/pools.ts), so the main thread only waits.
 *
 * Main thread only.
 */
import { median, summarize, type TimingSummary } from '../../measure/stats.ts';
import type { MeasureFirstApi } from '../../workers/measure-first.worker.ts';
import type { PoolTask } from '../../workers/pool.ts';
import { poolFor } from '../../workers/pools.ts';
import type { Timed } from '../../workers/timed.ts';
import type { ProfileRun, ProgramSize, StageName } from './profile-program.ts';
import { STAGES } from './profile-program.ts';
import { doublingSizes } from './memory-kernels.ts';
import { MIN_WORKING_SET, type LatencyParams } from './settings.ts';

/** One working-set size of the latency curve. */
export interface LatencyPoint {
  /** Working set (bytes). */
  bytes: number;
  /** Median, min, max of the timed chases (ns per access). */
  ns: TimingSummary;
}

/** Seed of the chase permutations (fixed, so a rerun walks the same cycles). */
const SEED = 16;

/**
 * The latency curve: for each working set from 4 KB doubling to `params.max` MB, one worker
 * builds a random single-cycle permutation and times `params.repeats` dependent chases of
 * `params.steps` loads (after one discarded chase). Sizes run one after another on one worker.
 *
 * @param onPoint called on the page as each size finishes
 * @throws AbortError when `signal` aborts (the worker is terminated)
 */
export async function measureLatency(params: LatencyParams, signal: AbortSignal, onPoint: (point: LatencyPoint) => void): Promise<LatencyPoint[]> {
  const pool = poolFor('measure-first');
  const points: LatencyPoint[] = [];
  for (const bytes of doublingSizes(MIN_WORKING_SET, params.max * 1024 * 1024)) {
    const run = await pool.run([(api) => api.latency(bytes, params.steps, params.repeats, SEED)], { workers: 1, signal });
    const point = { bytes, ns: summarize(run.results[0]!.ns) };
    points.push(point);
    onPoint(point);
  }
  await pool.run([(api) => api.release()], { workers: 1, signal });
  return points;
}

/** One timed bandwidth run. */
export interface BandwidthRun {
  /** Bytes all workers read together. */
  bytes: number;
  /** From the first worker's start to the last worker's end (ms, the workers' own clocks). */
  spanMs: number;
  /** bytes / span, in GB/s (10^9 bytes per second). */
  gbPerSecond: number;
}

/**
 * One bandwidth run: `workers` workers at once, each streaming its own `mb` MB buffer `passes`
 * times. The span is measured in the workers (from the earliest start to the latest end), so the
 * messages to and from the page are not counted as memory time.
 *
 * @throws AbortError when `signal` aborts
 */
export async function streamOnce(workers: number, mb: number, passes: number, signal: AbortSignal | undefined): Promise<BandwidthRun> {
  const bytes = mb * 1024 * 1024;
  const task: PoolTask<MeasureFirstApi, Timed<number>> = (api) => api.stream(bytes, passes);
  const tasks = Array.from({ length: workers }, () => task);
  const run = await poolFor('measure-first').run(tasks, { workers, ...(signal ? { signal } : {}) });
  const start = Math.min(...run.results.map((r) => r.startedAt));
  const end = Math.max(...run.results.map((r) => r.endedAt));
  const total = bytes * passes * workers;
  const spanMs = Math.max(end - start, 1e-3);
  return { bytes: total, spanMs, gbPerSecond: total / (spanMs * 1e6) };
}

/** Median time per stage over the timed runs (ms), in program order. */
export interface StageProfile {
  stages: { stage: StageName; ms: TimingSummary }[];
  /** Sum of the stage medians (ms). */
  totalMs: number;
  /** The integral the program computed. */
  integral: number;
}

/**
 * Runs the profiled program on one worker `repeats + 1` times (the first discarded: it compiles the
 * code and grows the heap) and takes each stage's median.
 *
 * @throws AbortError when `signal` aborts
 */
export async function profileProgram(size: ProgramSize, repeats: number, signal: AbortSignal): Promise<StageProfile> {
  const pool = poolFor('measure-first');
  const runs: ProfileRun[] = [];
  for (let r = 0; r <= repeats; r++) {
    const run = await pool.run([(api) => api.profile(size, r + 1)], { workers: 1, signal });
    if (r > 0) runs.push(run.results[0]!);
  }
  const stages = STAGES.map((stage) => ({ stage, ms: summarize(runs.map((run) => run.stages.find((s) => s.stage === stage)!.ms)) }));
  return { stages, totalMs: stages.reduce((a, s) => a + s.ms.median, 0), integral: runs[runs.length - 1]!.integral };
}

/** The median of the runs' bandwidths (GB/s). */
export function medianBandwidth(runs: readonly { value: BandwidthRun }[]): number {
  return median(runs.map((r) => r.value.gbPerSecond));
}
