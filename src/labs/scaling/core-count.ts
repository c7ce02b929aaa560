/**
 * The course's exercise "which core count is fastest?": the 2D integration timed on 1, 2, 4, 8,
 * 12 and 14 workers (HPC2N/UPPMAX "Parallel computing with Python", exercise "Running a parallel
 * code efficiently", grid n = 5000). Helpers to validate its settings and read the answer off the
 * measured rows. Pure: any thread, and Node.
 */
import type { TimingSummary } from '../../measure/stats.ts';

/** The worker counts the course asks for. */
export const COURSE_CORE_COUNTS = [1, 2, 4, 8, 12, 14] as const;
/** The grid size of the course's exercise script. */
export const COURSE_GRID = 5000;
/** Grid limits of the exercise form. */
export const MIN_EXERCISE_GRID = 100;
export const MAX_EXERCISE_GRID = 15_000;
/** Most repeats in the exercise form. */
export const MAX_EXERCISE_REPEATS = 10;

/** The answer to the exercise from measured rows. */
export interface FastestCount {
  /** Worker count with the lowest median time. */
  fastest: number;
  /** Its median time (ms). */
  medianMs: number;
  /**
   * Counts whose fastest run beat the slowest run of the winner: their ranges overlap, so on this
   * machine they are not reliably slower (includes `fastest`).
   */
  tied: number[];
}

/**
 * Picks the fastest worker count and the counts indistinguishable from it within the measured
 * spread (ranges min..max overlapping the winner's).
 *
 * @param rows one timing summary per worker count (ms)
 * @returns null for no rows
 */
export function fastestCount(rows: readonly { workers: number; time: TimingSummary }[]): FastestCount | null {
  if (rows.length === 0) return null;
  let best = rows[0]!;
  for (const r of rows) if (r.time.median < best.time.median) best = r;
  const tied = rows.filter((r) => r.time.min <= best.time.max).map((r) => r.workers);
  return { fastest: best.workers, medianMs: best.time.median, tied };
}

/** Validated settings of the exercise, or one message per field. */
export interface ExerciseValidation {
  params: { n: number; repeats: number } | null;
  errors: { n?: string; repeats?: string };
}

/** Validates the grid size and repeats typed into the exercise form. */
export function validateExercise(rawN: string, rawRepeats: string): ExerciseValidation {
  const errors: ExerciseValidation['errors'] = {};
  const nText = rawN.trim().replace(/_/g, '');
  const n = Number(nText);
  if (!/^\d+$/.test(nText)) errors.n = 'The grid size must be a whole number, e.g. 5000.';
  else if (n < MIN_EXERCISE_GRID) errors.n = `Use a grid of at least ${MIN_EXERCISE_GRID} points, or start-up costs are all you measure.`;
  else if (n > MAX_EXERCISE_GRID) errors.n = `At most ${MAX_EXERCISE_GRID.toLocaleString('en')} points per axis; a bigger grid takes minutes.`;
  const rText = rawRepeats.trim();
  const repeats = Number(rText);
  if (!/^\d+$/.test(rText)) errors.repeats = 'Repeats must be a whole number.';
  else if (repeats < 1) errors.repeats = 'Repeats must be at least 1.';
  else if (repeats > MAX_EXERCISE_REPEATS) errors.repeats = `At most ${MAX_EXERCISE_REPEATS} repeats.`;
  return Object.keys(errors).length > 0 ? { params: null, errors } : { params: { n, repeats }, errors };
}
