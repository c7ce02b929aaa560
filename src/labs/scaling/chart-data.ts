/**
 * The points the scaling chart draws, computed from an analysed sweep. Pure: any thread, and Node.
 */
import { amdahlSpeedup, gustafsonSpeedup } from '../../measure/amdahl.ts';
import type { ScalingAnalysis } from './scaling-analysis.ts';
import type { ImportedSeries } from '../kit/import-results.ts';

/** One x position of the chart. */
export interface ScalingDatum {
  /** Workers p. */
  workers: number;
  /** Ideal speedup, p. */
  ideal: number;
  /** The fitted law at p, or null before there is a fit. */
  model: number | null;
  /** Measured (or scaled) speedup at p, or null where nothing was measured. */
  measured: number | null;
  /** p exceeds the reported cores. */
  oversubscribed: boolean;
  /** Imported series k's speedup at p (`s0`, `s1`, …), or null where it has no point. */
  [series: `s${number}`]: number | null;
}

/** Everything the chart needs. */
export interface ScalingChartData {
  data: ScalingDatum[];
  /** Largest worker count on the x axis (at least 2). */
  maxP: number;
  /** Top of the y axis: 10 % above the highest measured or fitted point, at least 3. */
  yTop: number;
  /** Amdahl's limit 1/f when it is worth drawing (strong scaling, 1.5 <= 1/f <= yTop), else null. */
  limit: number | null;
  /** Number of x positions with a measured point. */
  measuredCount: number;
}

/**
 * Builds the chart's points: every worker count in the sweep plus up to about 64 evenly spaced
 * integer positions in between, so the fitted curve is smooth.
 *
 * @param analysis the analysed rows and fit
 * @param workerCounts the worker counts of the sweep (ascending or not)
 * @param cores logical cores the browser reports
 * @param imported imported series to draw beside the browser's (their worker counts join the x axis)
 */
export function scalingChartData(analysis: ScalingAnalysis, workerCounts: readonly number[], cores: number, imported: readonly ImportedSeries[] = []): ScalingChartData {
  const importedCounts = imported.flatMap((s) => s.points.map((p) => p.workers));
  const maxP = Math.max(2, ...workerCounts, ...importedCounts);
  const f = analysis.fit?.serialFraction;
  const law = analysis.law === 'amdahl' ? amdahlSpeedup : gustafsonSpeedup;
  const xs = new Set<number>([...workerCounts, ...importedCounts]);
  const step = Math.max(1, Math.ceil(maxP / 64));
  for (let p = 1; p <= maxP; p += step) xs.add(p);
  xs.add(maxP);
  const data = [...xs]
    .sort((a, b) => a - b)
    .map((p): ScalingDatum => {
      const row = analysis.rows.find((r) => r.workers === p);
      const measured = row && Number.isFinite(row.speedup) ? Number(row.speedup.toFixed(3)) : null;
      const datum: ScalingDatum = { workers: p, ideal: p, model: f === undefined ? null : Number(law(f, p).toFixed(4)), measured, oversubscribed: p > cores };
      imported.forEach((s, k) => {
        const point = s.points.find((q) => q.workers === p);
        datum[`s${k}`] = point ? Number(point.speedup.toFixed(3)) : null;
      });
      return datum;
    });
  const importedTop = imported.flatMap((s) => s.points.map((p) => p.speedup));
  const yMax = Math.max(2, ...importedTop, ...data.map((d) => Math.max(d.measured ?? 0, d.model ?? 0)));
  const yTop = Math.ceil(yMax * 1.1);
  const inverse = analysis.law === 'amdahl' && f !== undefined && f > 0 ? 1 / f : null;
  const limit = inverse !== null && inverse >= 1.5 && inverse <= yTop ? inverse : null;
  return { data, maxP, yTop, limit, measuredCount: data.filter((d) => d.measured !== null).length };
}
