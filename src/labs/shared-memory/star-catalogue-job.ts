/**
 * Moving data: the star catalogue made by workers and brought back to the page three ways, timed
 * as the catalogue grows. Main thread only.
 *
 * Method: for each size (ascending) and each method in turn, the project's one measurement loop
 * (src/measure/measure.ts): one discarded warm-up run, then `repeats` timed runs; the rows report
 * the median, min and max wall time from dispatch to a complete 2 x N Float64Array on the page,
 * and keep every timed run for export.
 */
import { measure, type TimedRun } from '../../measure/measure.ts';
import { median, type TimingSummary } from '../../measure/stats.ts';
import { canShareMemory, allocateShared } from '../../shared-memory/shared-buffer.ts';
import { catalogueChunks, COURSE_CHUNKS, placeChunk } from '../../shared-memory/star-catalogue.ts';
import { sharedMemoryPool, warmWorkers } from './shared-memory-pool.ts';

/** How the stars reach the page. */
export type MoveMethod = 'copy' | 'transfer' | 'shared';

/** All methods in the order the lab shows them. */
export const MOVE_METHODS: readonly MoveMethod[] = ['copy', 'transfer', 'shared'];

/** Labels for tables and charts. */
export const MOVE_LABELS: Record<MoveMethod, string> = {
  copy: 'structured-clone copy',
  transfer: 'transfer',
  shared: 'SharedArrayBuffer in place',
};

/** One catalogue made and delivered. */
export interface CatalogueRun {
  /** The 2 x stars catalogue on the page (row 0 ra, row 1 dec, degrees). */
  catalogue: Float64Array;
  /** Wall time on the page, dispatch to complete catalogue (ms). */
  ms: number;
  /** Sum over tasks of the time workers spent generating (ms): the useful work. */
  computeMs: number;
}

/**
 * Destination buffers kept between runs, one per size and kind, so that repeated runs do not
 * allocate (and garbage-collect) a fresh 16 MB catalogue on the page each time; every run
 * overwrites every element.
 */
const destinations = new Map<string, Float64Array>();

function destination(stars: number, shared: boolean): Float64Array {
  const key = `${shared ? 's' : 'p'}${stars}`;
  let d = destinations.get(key);
  if (!d) {
    if (destinations.size >= 6) destinations.clear();
    d = shared ? new Float64Array(allocateShared(2 * stars * Float64Array.BYTES_PER_ELEMENT)) : new Float64Array(2 * stars);
    destinations.set(key, d);
  }
  return d;
}

/**
 * Makes a catalogue of `stars` stars on `workers` workers in 20 chunks (the workshop's 20 jobs)
 * and delivers it to the page by `method`. The returned catalogue is reused by the next run of the
 * same size and kind (copy it to keep it). Main thread only.
 *
 * @throws Error for "shared" when the page is not cross-origin isolated; AbortError on cancel
 */
export async function makeCatalogue(stars: number, workers: number, method: MoveMethod, seed: number, signal?: AbortSignal): Promise<CatalogueRun> {
  const pool = sharedMemoryPool();
  const chunks = catalogueChunks(stars, COURSE_CHUNKS);
  const t0 = performance.now();
  if (method === 'shared') {
    const catalogue = destination(stars, true);
    const buffer = catalogue.buffer as SharedArrayBuffer;
    const run = await pool.run(
      chunks.map(({ begin, end }, k) => (api) => api.starsIntoShared(buffer, stars, begin, end - begin, seed, k)),
      { workers, signal },
    );
    const ms = performance.now() - t0;
    return { catalogue, ms, computeMs: run.results.reduce((s, r) => s + r.endedAt - r.startedAt, 0) };
  }
  const catalogue = destination(stars, false);
  let computeMs = 0;
  await pool.run(
    chunks.map(({ begin, end }, k) => async (api) => {
      const r = method === 'copy' ? await api.starsByCopy(end - begin, seed, k) : await api.starsByTransfer(end - begin, seed, k);
      placeChunk(catalogue, stars, begin, r.value);
      computeMs += r.endedAt - r.startedAt;
      return null;
    }),
    { workers, signal },
  );
  return { catalogue, ms: performance.now() - t0, computeMs };
}

/**
 * A cheap fingerprint of a catalogue (a strided sum of about 1000 entries), to show on the page
 * that all methods delivered the same stars without comparing 16 MB on the main thread.
 */
export function fingerprint(catalogue: Float64Array): number {
  const stride = Math.max(1, Math.floor(catalogue.length / 1000));
  let s = 0;
  for (let i = 0; i < catalogue.length; i += stride) s += catalogue[i]! * ((i % 7) + 1);
  return s;
}

/** One measured (size, method) cell of the sweep. */
export interface MoveRow {
  stars: number;
  method: MoveMethod;
  /** Wall times of the kept runs (ms). */
  time: TimingSummary;
  /** Median time workers spent generating, summed over tasks (ms). */
  computeMs: number;
  /** fingerprint() of the last catalogue. */
  fingerprint: number;
  /** Every timed run (warm-up excluded): its wall time and the generating time of its workers. */
  runs: TimedRun<{ computeMs: number }>[];
}

/** Options of {@link moveDataSweep}. */
export interface MoveSweepOptions {
  sizes: readonly number[];
  workers: number;
  repeats: number;
  seed: number;
  signal?: AbortSignal;
  /** Called with every finished row, and the rows so far. */
  onRow?: (rows: readonly MoveRow[]) => void;
}

/**
 * The sweep: every size (ascending) with every available method, each measured by measure().
 * "shared" is skipped when the page is not cross-origin isolated. Main thread only.
 *
 * @throws AbortError on cancel; the error of any run
 */
export async function moveDataSweep(options: MoveSweepOptions): Promise<MoveRow[]> {
  const { workers, repeats, seed, signal, onRow } = options;
  const methods = MOVE_METHODS.filter((m) => m !== 'shared' || canShareMemory());
  await warmWorkers(workers);
  const rows: MoveRow[] = [];
  for (const stars of [...options.sizes].sort((a, b) => a - b)) {
    for (const method of methods) {
      let print = 0;
      const m = await measure({
        repeats,
        warmups: 1,
        signal,
        run: async ({ index, warmup }) => {
          const run = await makeCatalogue(stars, workers, method, seed, signal);
          if (!warmup && index === repeats - 1) print = fingerprint(run.catalogue);
          return { computeMs: run.computeMs };
        },
      });
      rows.push({ stars, method, time: m.time, computeMs: median(m.runs.map((r) => r.value.computeMs)), fingerprint: print, runs: m.runs });
    }
    onRow?.([...rows]);
  }
  return rows;
}
