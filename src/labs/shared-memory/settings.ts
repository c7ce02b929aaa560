/**
 * Settings of the shared-memory labs (shared partial sums, moving data, the histogram race), as
 * lab-kit {@link LabSettings}: every number goes through src/params/parse.ts and every worker
 * limit starts from src/params/limits.ts. Lab links:
 * - `#/lab/shared-sums?n=10000&workers=4&autorun=1`
 * - `#/lab/moving-data?sizes=125000,250000&workers=4&repeats=5&autorun=1`
 * - `#/lab/histogram-race?workers=4&bins=4&increments=3000000&trials=6&autorun=1`
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { numberList, wholeNumber } from '../../params/parse.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** A default worker count for these labs: the reported cores, at least 2 (a race needs two) and at most 4. */
export function defaultLabWorkers(cores: number): number {
  return Math.min(Math.max(cores, 2), 4);
}

const workersSchema = (max: number) => wholeNumber('the number of workers', { min: 1, max, tooSmall: 'At least 1 worker.', tooLarge: `At most ${max} workers.` });
const repeatsSchema = wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS, tooSmall: 'Repeats must be at least 1.', tooLarge: `At most ${MAX_REPEATS} repeats.` });

// ---------------------------------------------------------------------------------------------
// Shared partial sums

/** Field names of the shared-partial-sums lab. */
export type SumsField = 'n' | 'workers';

/** Validated settings of the shared-partial-sums lab. */
export interface SumsParams {
  /** Grid size: n² evaluations of sin. */
  n: number;
  /** Workers, one row block (rank) each. */
  workers: number;
}

/** Largest grid of the partial-sums lab: 40 000² = 1.6·10⁹ evaluations, a few seconds per variant. */
export const SUMS_MAX_N = 40_000;

const sumsSchemas = {
  n: wholeNumber('the grid size n', { min: 4, max: SUMS_MAX_N }),
  workers: workersSchema(MAX_WORKERS),
};

/** The shared-partial-sums lab's settings. */
export const sumsSettings: LabSettings<SumsField, SumsParams> = {
  fields: [
    { name: 'n', label: 'Grid size n', help: 'n² evaluations of sin; the course uses 10 000.' },
    { name: 'workers', label: 'Workers', help: 'One row block (rank) each.' },
  ],
  defaults: () => ({ n: '10000', workers: '4' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, sumsSchemas);
    return ok ? { params: { n: values.n!, workers: values.workers! }, errors } : { params: null, errors };
  },
};

// ---------------------------------------------------------------------------------------------
// Moving data (the star catalogue)

/** Field names of the moving-data lab. */
export type MovingField = 'sizes' | 'workers' | 'repeats';

/** Validated settings of the moving-data lab. */
export interface MovingParams {
  /** Catalogue sizes in stars, ascending. */
  sizes: number[];
  workers: number;
  /** Timed runs per size and method, after one discarded warm-up. */
  repeats: number;
}

/** Largest catalogue: 4 000 000 stars are 64 MB, held twice (page and workers) per method. */
export const MOVING_MAX_STARS = 4_000_000;
/** Most sizes in one sweep (the chart's x axis stays readable). */
export const MOVING_MAX_SIZES = 8;

const movingSchemas = {
  sizes: numberList('catalogue size', { min: 1000, max: MOVING_MAX_STARS, maxCount: MOVING_MAX_SIZES }),
  workers: workersSchema(MAX_WORKERS),
  repeats: repeatsSchema,
};

/** The moving-data lab's settings. */
export const movingSettings: LabSettings<MovingField, MovingParams> = {
  fields: [
    { name: 'sizes', label: 'Catalogue sizes (stars)', help: 'Comma-separated; the course makes 1 000 000 stars (16 MB).', inputMode: 'text' },
    { name: 'workers', label: 'Workers', help: 'They share the 20 chunks.' },
    { name: 'repeats', label: 'Repeats', help: 'Timed runs per size and method, after one discarded warm-up.' },
  ],
  defaults: (env: LabEnv) => ({ sizes: '125000, 250000, 500000, 1000000', workers: String(defaultLabWorkers(env.cores)), repeats: '5' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, movingSchemas);
    return ok ? { params: { sizes: values.sizes!, workers: values.workers!, repeats: values.repeats! }, errors } : { params: null, errors };
  },
};

// ---------------------------------------------------------------------------------------------
// The histogram race

/** Field names of the histogram-race lab. */
export type RaceField = 'workers' | 'bins' | 'increments' | 'trials';

/** Validated settings of the histogram-race lab. */
export interface RaceParams {
  workers: number;
  bins: number;
  /** Values each worker counts. */
  increments: number;
  /** Kept trials (after one discarded warm-up trial); unused without shared memory. */
  trials: number;
}

/**
 * Most workers of the race: they meet at a spinning barrier and spin on the mutex, so more workers
 * than a laptop's cores spin rather than race, and the table gets one cell per worker count.
 */
export const RACE_MAX_WORKERS = 8;
/** Most increments per worker: 20 000 000 take a few seconds per variant with a mutex. */
export const RACE_MAX_INCREMENTS = 20_000_000;

const raceSchemas = {
  workers: workersSchema(RACE_MAX_WORKERS),
  bins: wholeNumber('bins', { min: 1, max: 256 }),
  increments: wholeNumber('increments per worker', { min: 1, max: RACE_MAX_INCREMENTS }),
  trials: wholeNumber('the number of trials', { min: 1, max: MAX_REPEATS, tooSmall: 'At least 1 trial.', tooLarge: `At most ${MAX_REPEATS} trials.` }),
};

const raceFields: readonly FieldSpec<RaceField>[] = [
  { name: 'workers', label: 'Workers', help: 'At least 2 for a race.' },
  { name: 'bins', label: 'Bins', help: 'Few bins: workers collide on the same counters more often.' },
  { name: 'increments', label: 'Increments per worker', help: 'Values each worker counts, one increment each.' },
  // Without shared memory only the private histograms run, once: there are no trials.
  { name: 'trials', label: 'Trials', help: 'The race is random: repeat it. One extra warm-up trial is not shown.', when: () => canShareMemory() },
];

function validateRace(raw: RawSettings<RaceField>): Validation<RaceField, RaceParams> {
  const shared = canShareMemory();
  const { values, errors, ok } = parseFields(raw, { ...raceSchemas, trials: shared ? raceSchemas.trials : undefined });
  if (!ok) return { params: null, errors };
  return { params: { workers: values.workers!, bins: values.bins!, increments: values.increments!, trials: values.trials ?? 1 }, errors };
}

/** The histogram-race lab's settings (the trials field is shown only where shared memory exists). */
export const raceSettings: LabSettings<RaceField, RaceParams> = {
  fields: raceFields,
  defaults: (env) => ({ workers: String(defaultLabWorkers(env.cores)), bins: '4', increments: '3000000', trials: '6' }),
  validate: validateRace,
};
