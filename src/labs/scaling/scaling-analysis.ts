/**
 * Turns the rows of a scaling sweep into what the lab shows: speedup (strong) or scaled speedup
 * (weak), efficiency, the Karp-Flatt metric per worker count, and the serial fraction fitted by
 * least squares (Amdahl for strong scaling, Gustafson for weak scaling).
 *
 * Points with more workers than the cores the browser reports are measured and shown but left out
 * of the fit: the laws assume one worker per core, and oversubscribed points measure time-sharing
 * instead. When that leaves no point above one worker, every point is used and the result says so.
 *
 * Pure: any thread, and Node.
 */
import { fitAmdahl, fitGustafson, karpFlatt, scaledSpeedup, type SerialFractionFit } from '../../measure/amdahl.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { median, type TimingSummary } from '../../measure/stats.ts';
import type { WorkloadRun } from './scaling-pool.ts';
import type { ScalingMode } from './workload.ts';

/** One worker count, analysed. */
export interface ScalingRow {
  workers: number;
  /** Wall time of the timed runs (ms). */
  time: TimingSummary;
  /** Strong: T(1)/T(p). Weak: scaled speedup (see scaledSpeedup). NaN without a baseline. */
  speedup: number;
  /** speedup / p. */
  efficiency: number;
  /** Weak only: T(1)/T(p), 1 when the time stays flat as work and workers grow; NaN in strong mode. */
  weakEfficiency: number;
  /** Strong only: Karp-Flatt e(p) for p > 1; NaN otherwise. */
  karpFlatt: number;
  /** Serial and parallel phase of the row's result (ms; medians when the lab ran it). */
  serialMs: number;
  parallelMs: number;
  /** More workers than reported cores. */
  oversubscribed: boolean;
  /** Used in the fit. */
  inFit: boolean;
}

/** The analysis of a sweep. */
export interface ScalingAnalysis {
  rows: ScalingRow[];
  /** The fit, or null when no row with p > 1 and a finite speedup exists yet. */
  fit: SerialFractionFit | null;
  /** Which law was fitted. */
  law: 'amdahl' | 'gustafson';
  /** True when oversubscribed points had to be used because no other point above one worker existed. */
  fitUsesOversubscribed: boolean;
}

/**
 * Analyses finished sweep rows.
 *
 * @param rows rows from runSweep whose result holds the phases (ms) of that worker count, ascending by workers
 * @param mode strong or weak scaling, as the sweep was run
 * @param cores logical cores the browser reports
 */
export function analyseScaling(rows: readonly SweepRow<WorkloadRun>[], mode: ScalingMode, cores: number): ScalingAnalysis {
  const base = rows.find((r) => r.workers === 1);
  const t1 = base?.time.median ?? Number.NaN;
  const phases = base ? base.result.serialMs + base.result.parallelMs : 0;
  const serialShare = base && phases > 0 ? Math.min(1, Math.max(0, base.result.serialMs / phases)) : 0;

  const analysed: ScalingRow[] = rows.map((r) => {
    const p = r.workers;
    const tp = r.time.median;
    const ok = Number.isFinite(t1) && t1 > 0 && tp > 0;
    const s = !ok ? Number.NaN : mode === 'strong' ? t1 / tp : scaledSpeedup(t1, tp, serialShare, p);
    return {
      workers: p,
      time: r.time,
      speedup: s,
      efficiency: s / p,
      weakEfficiency: mode === 'weak' && ok ? t1 / tp : Number.NaN,
      karpFlatt: mode === 'strong' && p > 1 && Number.isFinite(s) && s > 0 ? karpFlatt(s, p) : Number.NaN,
      serialMs: r.result.serialMs,
      parallelMs: r.result.parallelMs,
      oversubscribed: p > cores,
      inFit: false,
    };
  });

  const usable = analysed.filter((r) => Number.isFinite(r.speedup) && r.speedup > 0);
  const within = usable.filter((r) => !r.oversubscribed);
  const fitUsesOversubscribed = !within.some((r) => r.workers > 1) && usable.some((r) => r.workers > 1);
  const chosen = fitUsesOversubscribed ? usable : within;
  const law = mode === 'strong' ? 'amdahl' : 'gustafson';
  let fit: SerialFractionFit | null = null;
  if (chosen.some((r) => r.workers > 1)) {
    const points = chosen.map((r) => ({ workers: r.workers, speedup: r.speedup }));
    fit = law === 'amdahl' ? fitAmdahl(points) : fitGustafson(points);
    for (const r of chosen) r.inFit = true;
  }
  return { rows: analysed, fit, law, fitUsesOversubscribed };
}

/**
 * The median serial and parallel phase over several runs of one worker count, so one disturbed
 * run does not skew the phase split (the weak-scaling speedup depends on it).
 *
 * @param runs the timed runs of one worker count (non-empty)
 * @returns phase medians (ms) and the checksum of the last run
 * @throws RangeError on an empty list
 */
export function medianPhases(runs: readonly WorkloadRun[]): WorkloadRun {
  if (runs.length === 0) throw new RangeError('medianPhases needs at least one run');
  return {
    serialMs: median(runs.map((r) => r.serialMs)),
    parallelMs: median(runs.map((r) => r.parallelMs)),
    checksum: runs[runs.length - 1]!.checksum,
  };
}
