/**
 * The file pattern of the ADACS workshop's `sky_sim_mpi.py`: every rank writes its part of a star
 * catalogue to its own file, all ranks meet at a barrier, and rank 0 collates the parts, in the
 * sorted order of their names, into one CSV file.
 *
 * Two changes from the workshop, both so that the browser and the lesson's Python write the same
 * bytes: the stars' ids are global (the workshop numbers each part from 0 again), and positions
 * come from the R2 quasi-random sequence instead of `np.random.uniform`:
 * `u_k = frac(0.5 + k / g)`, `v_k = frac(0.5 + k / g^2)` with g the plastic number (M. Roberts,
 * "The unreasonable effectiveness of quasirandom sequences", 2018). The sequence fills the
 * 2-degree box evenly, and it is the same sequence of IEEE operations in both languages.
 * Lines have the workshop's format `%07d, %12f, %12f`, so every line is 36 bytes.
 *
 * Pure: any thread, and Node.
 */
import { blockRows } from '../../kernels/decomposition.ts';
import { andromeda, type SkyPosition } from '../../shared-memory/star-catalogue.ts';

/** The plastic number, the real root of x^3 = x + 1 (the R2 sequence's base). */
const G = 1.324717957244746;
const A1 = 1 / G;
const A2 = 1 / (G * G);

/** The collated file's name (the workshop's `outfile`). */
export const CATALOGUE_FILE = 'catalog_mpi.csv';

/** The CSV header rank 0 writes at the top of its part. */
export const CSV_HEADER = 'id,ra,dec\n';

/** Bytes of one star's line: `0000042,    14.123456,    41.123456\n`. */
export const LINE_BYTES = 36;

/** Stars of the lesson's lab and Python program (the workshop makes 1,000,000). */
export const LESSON_STARS = 100_000;

/**
 * The name of rank `rank`'s part: the workshop's `'{0}_part{1:03d}'.format(outfile, rank)`, so the
 * names sort in rank order for up to 1000 ranks. Any thread.
 * @throws RangeError when rank is not an integer in [0, 999]
 */
export function partName(rank: number, outfile = CATALOGUE_FILE): string {
  if (!Number.isInteger(rank) || rank < 0 || rank > 999) throw new RangeError(`rank must be an integer in [0, 999], got ${rank}`);
  return `${outfile}_part${String(rank).padStart(3, '0')}`;
}

/**
 * Position of star `k` (degrees): the R2 point k scaled to the 2 x 2 degree box around `centre`.
 * Any thread.
 */
export function starPosition(k: number, centre: SkyPosition = andromeda()): SkyPosition {
  return { ra: centre.ra - 1 + 2 * ((0.5 + k * A1) % 1), dec: centre.dec - 1 + 2 * ((0.5 + k * A2) % 1) };
}

/** One star's CSV line with the workshop's `%07d, %12f, %12f` format and a newline. */
export function starLine(k: number, centre: SkyPosition = andromeda()): string {
  const { ra, dec } = starPosition(k, centre);
  return `${String(k).padStart(7, '0')}, ${ra.toFixed(6).padStart(12)}, ${dec.toFixed(6).padStart(12)}\n`;
}

/**
 * The text of rank `rank`'s part of a catalogue of `stars` stars: its block of stars (the
 * course's `int(n/p*k)` split), one line each, after the CSV header on rank 0. Cost: about
 * 36 bytes and two string conversions per star. Any thread.
 *
 * @throws RangeError as blockRows for bad stars, size or rank
 */
export function partText(stars: number, size: number, rank: number): { text: string; first: number; count: number } {
  const { begin, end } = blockRows(stars, size, rank);
  const centre = andromeda();
  const lines: string[] = rank === 0 ? [CSV_HEADER] : [];
  for (let k = begin; k < end; k++) lines.push(starLine(k, centre));
  return { text: lines.join(''), first: begin, count: end - begin };
}

/** Expected size of rank `rank`'s part, bytes (36 per star, plus the header on rank 0). */
export function partBytes(stars: number, size: number, rank: number): number {
  const { begin, end } = blockRows(stars, size, rank);
  return (end - begin) * LINE_BYTES + (rank === 0 ? CSV_HEADER.length : 0);
}

/**
 * The names of the part files among `names`, in the order rank 0 collates them: the workshop's
 * `sorted(glob('catalog_mpi.csv_part*'))`. Any thread.
 */
export function partsToCollate(names: Iterable<string>, outfile = CATALOGUE_FILE): string[] {
  return [...names].filter((n) => n.startsWith(`${outfile}_part`)).sort();
}

/** What {@link checkCatalogue} found in a collated catalogue. */
export interface CatalogueCheck {
  ok: boolean;
  /** Lines in the file, the header included. */
  lines: number;
  bytes: number;
  /** The first problem found, when not ok. */
  problem?: string;
}

/**
 * Checks a collated catalogue: the header first, then `stars` lines with ids 0, 1, ... in order,
 * each the line {@link starLine} makes. Cost: one pass over the text. Any thread (the lab runs it
 * on rank 0's worker, so the page never scans megabytes).
 */
export function checkCatalogue(text: string, stars: number): CatalogueCheck {
  const bytes = text.length;
  const lines = text.length === 0 ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const bad = (problem: string): CatalogueCheck => ({ ok: false, lines, bytes, problem });
  if (!text.startsWith(CSV_HEADER)) return bad(`the file does not start with the header "${CSV_HEADER.trim()}"`);
  if (lines !== stars + 1) return bad(`${lines} lines, expected ${stars + 1} (the header and one per star)`);
  const centre = andromeda();
  let at = CSV_HEADER.length;
  for (let k = 0; k < stars; k++) {
    const line = starLine(k, centre);
    if (text.startsWith(line, at)) {
      at += line.length;
      continue;
    }
    const got = text.slice(at, text.indexOf('\n', at));
    return bad(`line ${k + 2} is "${got}", expected star ${k}: "${line.trim()}" (are the parts in rank order?)`);
  }
  return { ok: true, lines, bytes };
}
