/**
 * The course's exercise "which core count is fastest?": the 2D integration timed on 1, 2, 4, 8,
 * 12 and 14 workers (HPC2N/UPPMAX "Parallel computing with Python", exercise "Running a parallel
 * code efficiently", grid n = 5000). Helpers to validate its settings and read the answer off the
 * measured rows. Settings follow the number rule of src/params/parse.ts. Pure: any thread, and Node.
 */
import type { TimingSummary } from '../../measure/stats.ts';
import { formatLimit, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** The worker counts the course asks for. */
export const COURSE_CORE_COUNTS = [1, 2, 4, 8, 12, 14] as const;
/** The grid size of the course's exercise script. */
export const COURSE_GRID = 5000;
/** Grid limits of the exercise form. */
export const MIN_EXERCISE_GRID = 100;
export const MAX_EXERCISE_GRID = 15_000;
/** Most repeats in the exercise form: fewer than MAX_REPEATS, as each repeat runs all six worker counts. */
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

/** Validated settings of the exercise. */
export interface CoreCountParams {
  /** Grid size n (n² sin evaluations per run). */
  n: number;
  /** Timed runs per worker count, after one discarded warm-up. */
  repeats: number;
}

/** The fields of the exercise form (and its lab link: `#/lab/core-count?n=5000&repeats=3&autorun=1`). */
export type CoreCountField = keyof CoreCountParams;

const fields: FieldSpec<CoreCountField>[] = [
  { name: 'n', label: 'Grid size n', help: `The course's script uses n = ${COURSE_GRID} (n² sin evaluations).` },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per count, after one warm-up.' },
];

const schemas = {
  n: wholeNumber('the grid size', {
    min: MIN_EXERCISE_GRID,
    max: MAX_EXERCISE_GRID,
    tooSmall: `Use a grid of at least ${MIN_EXERCISE_GRID} points, or start-up costs are all you measure.`,
    tooLarge: `At most ${formatLimit(MAX_EXERCISE_GRID)} points per axis; a bigger grid takes minutes.`,
  }),
  repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_EXERCISE_REPEATS, tooSmall: 'Repeats must be at least 1.', tooLarge: `At most ${MAX_EXERCISE_REPEATS} repeats.` }),
};

function validate(raw: RawSettings<CoreCountField>): Validation<CoreCountField, CoreCountParams> {
  const { values, errors, ok } = parseFields(raw, schemas);
  return ok ? { params: values as CoreCountParams, errors: {} } : { params: null, errors };
}

/** The exercise's settings: the course's grid and 3 repeats on every machine. */
export const coreCountSettings: LabSettings<CoreCountField, CoreCountParams> = {
  fields,
  defaults: () => ({ n: String(COURSE_GRID), repeats: '3' }),
  validate,
};
