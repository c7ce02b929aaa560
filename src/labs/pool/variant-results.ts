/**
 * The export of a variant sweep (pi pool, chunk size, oversubscription): every timed run of every
 * variant, and the table as shown. Pure: any thread, and Node.
 */
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from '../kit/settings.ts';
import type { VariantRow } from './measure-variants.ts';

/**
 * Results of a sweep for ExportButtons: one run per timed map (series = the variant's label,
 * its wall time in ms, chunks sent and pool utilisation 0..1), one summary row per variant.
 *
 * @param raw the settings text the sweep ran with
 */
export function variantResults<F extends string>(
  lab: { id: string; title: string },
  settings: LabSettings<F, unknown>,
  raw: RawSettings<F>,
  rows: readonly VariantRow[],
): LabResults {
  const query = queryFromSettings(settings, raw);
  const base = rows[0]?.time.median;
  return {
    lab,
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: rows.flatMap((row) =>
      row.runs.map((run) => ({
        series: row.variant.label,
        workers: row.variant.workers,
        repeat: run.repeat,
        ms: run.ms,
        chunksize: row.chunksize,
        chunks: run.chunks,
        utilisation: run.utilisation,
      })),
    ),
    summary: rows.map((r) => ({
      variant: r.variant.label,
      workers: r.variant.workers,
      chunksize: r.chunksize,
      chunks: r.last.chunks.length,
      median_ms: r.time.median,
      min_ms: r.time.min,
      max_ms: r.time.max,
      speedup: base ? base / r.time.median : null,
      median_item_ms: r.medianItemMs,
      utilisation: r.utilisation,
      noisy: r.time.noisy,
    })),
  };
}
