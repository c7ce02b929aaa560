/**
 * The export of one pool map (map lab, timeline lab, greetings farm): one row per item with the
 * worker that ran it and its times, and a summary of the map. Pure: any thread, and Node.
 */
import type { MapResult } from '../../workers/pool-map.ts';
import type { LabResults } from './export.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from './settings.ts';
import { mapUtilisation } from './map-bars.ts';

/** A result value as an export cell (numbers and text as they are, anything else as JSON). */
function cellOf(value: unknown): number | string | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * Results of a finished map for ExportButtons. `runs` holds one row per item, in input order:
 * series `series`, repeat = the item's index, ms = the item's time measured in the worker, with
 * its worker, chunk, start and end (ms since the map started) and result. `summary` holds the
 * map's wall time (ms), items, chunks, chunk size, workers and pool utilisation (0..1).
 *
 * @param raw the settings text the map ran with
 */
export function mapResults<F extends string>(
  lab: { id: string; title: string },
  settings: LabSettings<F, unknown>,
  raw: RawSettings<F>,
  result: MapResult<unknown>,
  series: string,
): LabResults {
  const query = queryFromSettings(settings, raw);
  const origin = result.startedAt;
  return {
    lab,
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: result.records.map((r) => ({
      series,
      workers: result.workers,
      repeat: r.task,
      ms: Math.max(0, r.end - r.start),
      value: cellOf(result.results[r.task]),
      item: r.task,
      worker: r.worker,
      chunk: r.chunk,
      start_ms: r.start - origin,
      end_ms: r.end - origin,
    })),
    summary: [
      {
        wall_ms: result.endedAt - origin,
        items: result.results.length,
        chunks: result.chunks.length,
        chunksize: result.chunksize,
        workers: result.workers,
        utilisation: mapUtilisation(result),
      },
    ],
  };
}
