/**
 * The star-catalogue simulation (`sky_sim`) of the ADACS "Parallel Computing" workshop: N stars
 * placed uniformly within 1 degree (in each coordinate) of the Andromeda galaxy, stored as a
 * 2 x N array of doubles (row 0 right ascension, row 1 declination, in degrees), made in parallel
 * by workers that each make one chunk of the stars.
 *
 * The same kernel fills either a chunk-sized array that the worker then sends back (by copy or by
 * transfer) or its block of one shared 2 x N array, so all three ways of moving data produce the
 * same numbers. Random numbers come from xoshiro128** stream k for chunk k, so a catalogue is
 * reproducible whatever the number of workers.
 *
 * Pure: the page, browser workers and Node.
 */
import { decompose, type RowBlock } from '../kernels/decomposition.ts';
import { streamGenerator } from '../kernels/xoshiro128.ts';

/** A position on the sky in degrees. */
export interface SkyPosition {
  ra: number;
  dec: number;
}

/** The course's default catalogue size. */
export const COURSE_STARS = 1_000_000;
/** The course splits the catalogue into this many jobs. */
export const COURSE_CHUNKS = 20;

/**
 * Andromeda's position as the workshop's `get_radec()` computes it from Wikipedia's
 * RA 00h42m44.3s, Dec +41°16'09": dec in degrees, ra = 15 x hours, then divided by cos(dec) as the
 * workshop does (so the 2-degree box is square on the sky).
 */
export function andromeda(): SkyPosition {
  const dec = 41 + 16 / 60 + 9 / 3600;
  const raHours = 0 + 42 / 60 + 44.3 / 3600;
  return { ra: (15 * raHours) / Math.cos((dec * Math.PI) / 180), dec };
}

/**
 * Chunks of a catalogue of `stars` stars: `chunks` contiguous blocks of star indices in order. Any thread.
 * @throws RangeError as decompose (stars >= 0, chunks >= 1)
 */
export function catalogueChunks(stars: number, chunks: number): RowBlock[] {
  return decompose(stars, Math.max(1, Math.min(chunks, Math.max(stars, 1))));
}

/**
 * Makes stars `[begin, begin + count)` of a catalogue and writes them into `out`, a 2 x `width`
 * array stored row by row (ra at `out[offset + i]`, dec at `out[width + offset + i]`).
 * Cost: 2 random doubles per star. Any thread.
 *
 * @param out destination: a Float64Array of length 2 * width (shared or not)
 * @param width row length of `out` (N for the whole catalogue, `count` for a chunk-sized array)
 * @param offset where the chunk starts inside each row of `out`
 * @param count stars to make
 * @param centre the centre of the field (degrees)
 * @param seed run seed; stream = `chunk`
 * @param chunk chunk index, the random stream used
 * @throws RangeError when the chunk does not fit in `out`
 */
export function makeStars(
  out: Float64Array, width: number, offset: number, count: number, centre: SkyPosition, seed: number, chunk: number,
): void {
  if (!Number.isInteger(width) || !Number.isInteger(offset) || !Number.isInteger(count) || offset < 0 || count < 0 || offset + count > width || out.length < 2 * width) {
    throw new RangeError(`stars [${offset}, ${offset + count}) do not fit a 2 x ${width} array of length ${out.length}`);
  }
  const rng = streamGenerator(seed, chunk);
  const ra0 = centre.ra - 1;
  const dec0 = centre.dec - 1;
  for (let i = offset; i < offset + count; i++) out[i] = ra0 + 2 * rng.nextDouble();
  for (let i = width + offset; i < width + offset + count; i++) out[i] = dec0 + 2 * rng.nextDouble();
}

/**
 * A chunk made into its own 2 x count array (what a worker returns by copy or by transfer). Any thread.
 */
export function makeStarChunk(count: number, centre: SkyPosition, seed: number, chunk: number): Float64Array {
  const out = new Float64Array(2 * count);
  makeStars(out, count, 0, count, centre, seed, chunk);
  return out;
}

/**
 * Copies a 2 x chunk.length/2 array into columns `[offset, offset + count)` of a 2 x `width`
 * catalogue, as the workshop's `radec[:, start:end] = r`. Any thread.
 */
export function placeChunk(catalogue: Float64Array, width: number, offset: number, chunk: Float64Array): void {
  const count = chunk.length / 2;
  catalogue.set(chunk.subarray(0, count), offset);
  catalogue.set(chunk.subarray(count), width + offset);
}
