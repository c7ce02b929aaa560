/**
 * What the scaling lab accepts from "Add results from a file" (src/labs/kit/import-results.ts):
 * its own Download JSON, or the results file of its cluster export's Python program.
 *
 * Comparable means the same job was timed: the same serial fraction f, work W and scaling mode,
 * each read with the lab's own field rule (so "0.10" and "0.1" agree); the worker counts and the
 * repeats may differ. A file's points are analysed as the lab analyses its own sweep
 * (./scaling-analysis.ts): strong scaling charts T(1) / T(p); weak scaling the scaled speedup,
 * which needs each run's serial and parallel phases (`serial_ms`, `parallel_ms`, as both the lab
 * and the Python program write them).
 *
 * Pure: any thread, and Node.
 */
import { summarize } from '../../measure/stats.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import { firstMessage } from '../../params/parse.ts';
import type { LabExport } from '../kit/export-schema.ts';
import type { ComparisonKey, ImportedPoint, ImportRules } from '../kit/import-results.ts';
import { analyseScaling, medianPhases } from './scaling-analysis.ts';
import type { WorkloadRun } from './scaling-pool.ts';
import { SCALING_PROBLEM_SCHEMAS } from './scaling-params.ts';

/** Id of the scaling lab (as in ScalingLab.tsx; repeated so this module stays free of React). */
const LAB_ID = 'scaling';

/** The comparison key of scaling-lab settings (f, W, mode), or a message naming the setting that is missing or invalid. */
export function scalingComparisonKey(settings: Record<string, string>): { ok: true; key: ComparisonKey } | { ok: false; error: string } {
  const key: ComparisonKey = {};
  for (const [name, schema] of Object.entries(SCALING_PROBLEM_SCHEMAS)) {
    const text = settings[name];
    if (text === undefined) return { ok: false, error: `settings.${name} is missing, so the job it timed is unknown` };
    const r = schema.safeParse(text);
    if (!r.success) return { ok: false, error: `settings.${name} "${text}": ${firstMessage(r.error)}` };
    key[name] = String(r.data);
  }
  return { ok: true, key };
}

/** A run's phase column as a number, or NaN. */
const phase = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN);

/**
 * The points of a scaling results file, analysed as the lab analyses its own sweep: medians per
 * worker count, and the speedup of the file's mode (strong: T(1) / T(p); weak: scaled speedup
 * from the 1-worker run's serial share). A message when a run lacks its worker count or, in weak
 * scaling, its phases, or when there is no 1-worker run.
 */
export function scalingPoints(data: LabExport): { ok: true; points: ImportedPoint[] } | { ok: false; error: string } {
  const mode = data.settings.mode?.trim() === 'weak' ? 'weak' : 'strong';
  const byWorkers = new Map<number, { ms: number[]; phases: WorkloadRun[] }>();
  for (const [i, run] of data.runs.entries()) {
    if (run.workers === undefined) return { ok: false, error: `runs.${i} ("${run.series}") has no workers count` };
    const serialMs = phase(run.serial_ms);
    const parallelMs = phase(run.parallel_ms);
    if (mode === 'weak' && !(Number.isFinite(serialMs) && Number.isFinite(parallelMs))) {
      return { ok: false, error: `runs.${i} has no serial_ms and parallel_ms, which weak scaling's scaled speedup needs` };
    }
    const entry = byWorkers.get(run.workers) ?? { ms: [], phases: [] };
    entry.ms.push(run.ms);
    entry.phases.push({ serialMs: Number.isFinite(serialMs) ? serialMs : 0, parallelMs: Number.isFinite(parallelMs) ? parallelMs : run.ms, checksum: phase(run.value) });
    byWorkers.set(run.workers, entry);
  }
  if (!byWorkers.has(1)) return { ok: false, error: 'it has no runs on 1 worker, the baseline of speedup' };
  const rows: SweepRow<WorkloadRun>[] = [...byWorkers.entries()]
    .sort(([a], [b]) => a - b)
    .map(([workers, { ms, phases }]) => ({
      workers,
      time: summarize(ms),
      speedup: Number.NaN,
      efficiency: Number.NaN,
      result: medianPhases(phases),
      runs: ms.map((m, i) => ({ index: i, warmup: false, ms: m, value: phases[i]! })),
    }));
  const analysis = analyseScaling(rows, mode, data.environment.cores ?? Number.POSITIVE_INFINITY);
  const points = analysis.rows.map((r): ImportedPoint => ({ workers: r.workers, medianMs: r.time.median, speedup: r.speedup, efficiency: r.efficiency, runs: byWorkers.get(r.workers)!.ms.length }));
  if (points.some((p) => !Number.isFinite(p.speedup))) return { ok: false, error: 'a median time is 0 ms, so its speedup is undefined' };
  return { ok: true, points };
}

/** The scaling lab's import rules. */
export const scalingImportRules: ImportRules = { labId: LAB_ID, labTitle: 'Scaling lab', comparisonKey: scalingComparisonKey, points: scalingPoints };
