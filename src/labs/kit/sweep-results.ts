/**
 * The export of a worker-count sweep (speedup lab, scaling lab, core-count exercise): one run row
 * per timed run, one summary row per worker count. Pure: any thread, and Node.
 */
import type { SweepRow } from '../../measure/sweep.ts';
import type { ExportedRun } from './export-schema.ts';
import type { LabResults } from './export.ts';
import { plural } from './format.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from './settings.ts';

/** A cell of an exported row. */
type Cell = number | string | boolean | null;

/** How a sweep's values become export columns. */
export interface SweepColumns<V> {
  /** Columns of one timed run from its value: at least `value`, plus any of the lab's own. */
  run: (value: V) => { value: Cell } & Record<string, Cell>;
  /** Columns a summary row adds after speedup and efficiency (default none). */
  summary?: (row: SweepRow<V>) => Record<string, Cell>;
}

/**
 * Results of a sweep for ExportButtons: `runs` holds every timed run (series "p workers",
 * workers, repeat, ms and the lab's columns); `summary` one row per worker count with the
 * median, min and max (ms), speedup, efficiency (null where undefined), the lab's columns and the
 * noise flag.
 *
 * @param raw the settings text the sweep ran with
 * @param rows the rows measured so far (the summary may use analysed rows of the same order)
 */
export function sweepResults<F extends string, V>(
  lab: { id: string; title: string },
  settings: LabSettings<F, unknown>,
  raw: RawSettings<F>,
  rows: readonly SweepRow<V>[],
  columns: SweepColumns<V>,
): LabResults {
  const query = queryFromSettings(settings, raw);
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return {
    lab,
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: rows.flatMap((row) =>
      row.runs.map((run): ExportedRun => ({ series: plural(row.workers, 'worker'), workers: row.workers, repeat: run.index, ms: run.ms, ...columns.run(run.value) })),
    ),
    summary: rows.map((r) => ({
      workers: r.workers,
      median_ms: r.time.median,
      min_ms: r.time.min,
      max_ms: r.time.max,
      speedup: finite(r.speedup),
      efficiency: finite(r.efficiency),
      ...columns.summary?.(r),
      noisy: r.time.noisy,
    })),
  };
}
