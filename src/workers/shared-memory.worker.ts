/**
 * Worker entry for the shared-memory lesson. Thin: each call runs one of the pure functions in
 * src/shared-memory/ and reports when it computed (absolute ms, see src/workers/timed.ts).
 * Results travel back by structured clone unless a call says otherwise.
 */
import { expose, transfer } from 'comlink';
import { blockRows } from '../kernels/decomposition.ts';
import { integrate2dRows } from '../kernels/integrate2d.ts';
import { binIndices, countPrivately, runHistogramThread, type HistogramJob, type HistogramThreadResult } from '../shared-memory/histogram.ts';
import { integrateIntoSlot } from '../shared-memory/partial-sums.ts';
import { andromeda, makeStarChunk, makeStars } from '../shared-memory/star-catalogue.ts';
import { timed, type Timed } from './timed.ts';

const centre = andromeda();

const api = {
  /** Rank `rank` of `size`'s partial integral, returned by message (the Pool.map way). */
  integrateByMessage(n: number, size: number, rank: number): Timed<number> {
    const { begin, end } = blockRows(n, size, rank);
    return timed(() => integrate2dRows(n, begin, end));
  },
  /** Rank `rank`'s partial integral written into its slot of a shared buffer; nothing returned but timing. */
  integrateIntoSharedSlot(buffer: SharedArrayBuffer, n: number, rank: number): Timed<null> {
    return timed(() => {
      integrateIntoSlot(buffer, n, rank);
      return null;
    });
  },
  /** A 2 x count chunk of the star catalogue, returned by structured-clone copy. */
  starsByCopy(count: number, seed: number, chunk: number): Timed<Float64Array> {
    return timed(() => makeStarChunk(count, centre, seed, chunk));
  },
  /** A 2 x count chunk of the star catalogue, returned by transferring its buffer (no copy). */
  starsByTransfer(count: number, seed: number, chunk: number): Timed<Float64Array> {
    const result = timed(() => makeStarChunk(count, centre, seed, chunk));
    return transfer(result, [result.value.buffer as ArrayBuffer]);
  },
  /** Stars [begin, begin + count) written in place into a shared 2 x stars catalogue. */
  starsIntoShared(buffer: SharedArrayBuffer, stars: number, begin: number, count: number, seed: number, chunk: number): Timed<null> {
    return timed(() => {
      makeStars(new Float64Array(buffer), stars, begin, count, centre, seed, chunk);
      return null;
    });
  },
  /** One thread of a shared-histogram run (waits at the job's barrier, then counts). */
  histogram(job: HistogramJob): HistogramThreadResult {
    return runHistogramThread(job);
  },
  /** A private histogram returned by message: the variant that needs no shared memory. */
  histogramByMessage(increments: number, bins: number, seed: number, rank: number): Timed<Int32Array> {
    const data = binIndices(increments, bins, seed, rank);
    const result = timed(() => countPrivately(data, bins));
    return transfer(result, [result.value.buffer as ArrayBuffer]);
  },
  /** Answers at once: used to start workers before timing. */
  ping(): true {
    return true;
  },
};

/** The API this worker exposes; wrap it with Comlink on the page. */
export type SharedMemoryApi = typeof api;

expose(api);
