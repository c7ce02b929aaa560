/**
 * Settings of the scaling lab and their validation. Every field is validated from the text the
 * user typed; a bad value gives a message for that field and nothing runs. Values are never
 * silently clamped. Pure: any thread, and Node.
 */
import { z } from 'zod';
import { workerCountsSchema } from '../form/worker-counts.ts';
import type { ScalingMode } from './workload.ts';

/** Validated settings of one scaling sweep. */
export interface ScalingParams {
  /** Serial fraction f in [0, 1]. */
  serialFraction: number;
  /** Total work W of the one-worker problem (sin evaluations). */
  work: number;
  mode: ScalingMode;
  /** Worker counts, ascending, including 1. */
  workers: number[];
  /** Timed runs per worker count (after one discarded warm-up). */
  repeats: number;
}

/** The fields of the form. */
export type ScalingField = 'serialFraction' | 'work' | 'mode' | 'workers' | 'repeats';
/** Raw text per field. */
export type RawScalingParams = Record<ScalingField, string>;

/** Most workers the lab may ask for. */
export const MAX_SCALING_WORKERS = 64;
/** Most timed repeats per worker count. */
export const MAX_SCALING_REPEATS = 20;
/** Least and most work (sin evaluations). */
export const MIN_WORK = 100_000;
export const MAX_WORK = 2_000_000_000;
/** A sweep estimated to take longer than this is refused (s). */
export const MAX_SCALING_SWEEP_SECONDS = 180;
/** Throughput assumed by the time estimate: sin evaluations per second per core. */
export const ASSUMED_EVALUATIONS_PER_SECOND = 1e8;

/** Default worker counts: 1, 2, 4, ... up to the reported cores, and the core count itself. */
export function defaultScalingWorkers(cores: number): number[] {
  const c = Math.min(MAX_SCALING_WORKERS, Math.max(2, Math.floor(cores)));
  const counts: number[] = [];
  for (let p = 1; p <= c; p *= 2) counts.push(p);
  if (!counts.includes(c)) counts.push(c);
  return counts;
}

/** Default settings for a machine with `cores` logical cores. */
export function defaultScalingRaw(cores: number): RawScalingParams {
  return { serialFraction: '0.1', work: '20000000', mode: 'strong', workers: defaultScalingWorkers(cores).join(','), repeats: '3' };
}

const fractionSchema = z
  .string()
  .trim()
  .min(1, 'Enter a serial fraction between 0 and 1, e.g. 0.1.')
  .regex(/^(\d+(\.\d*)?|\.\d+)$/, 'The serial fraction must be a decimal number between 0 and 1, e.g. 0.1 for 10 %.')
  .transform(Number)
  .pipe(z.number().max(1, 'The serial fraction cannot exceed 1 (everything serial).'));

const workSchema = z
  .string()
  .trim()
  .min(1, 'Enter the amount of work in sin evaluations, e.g. 20000000 or 2e7.')
  .regex(/^\d[\d_]*$|^\d+(\.\d+)?e\+?\d+$/i, 'Work must be a whole number of sin evaluations (digits, or 2e7 style).')
  .transform((s) => Number(s.replace(/_/g, '')))
  .pipe(
    z
      .number()
      .refine((v) => Number.isSafeInteger(v), 'Work must be a whole number of sin evaluations.')
      .refine((v) => v >= MIN_WORK, `Use at least ${MIN_WORK.toLocaleString('en')} evaluations, or start-up costs swamp the work.`)
      .refine((v) => v <= MAX_WORK, `At most ${MAX_WORK.toLocaleString('en')} evaluations; a bigger job takes too long in a browser.`),
  );

const modeSchema = z.enum(['strong', 'weak'], { error: () => 'Choose strong scaling (fixed work) or weak scaling (work grows with the workers).' });

const repeatsSchema = z
  .string()
  .trim()
  .min(1, 'Enter the number of repeats.')
  .regex(/^\d+$/, 'Repeats must be a whole number.')
  .transform(Number)
  .pipe(z.number().min(1, 'Repeats must be at least 1.').max(MAX_SCALING_REPEATS, `At most ${MAX_SCALING_REPEATS} repeats.`));

const workersSchema = workerCountsSchema({
  max: MAX_SCALING_WORKERS,
  minCounts: 2,
  tooFewMessage: 'Add a count above 1: a fit needs at least one run on several workers.',
});

/**
 * Estimated duration of a sweep (s) at ASSUMED_EVALUATIONS_PER_SECOND per core: each worker count
 * runs repeats + 1 times; the serial part runs on one core, the parallel part on min(p, cores).
 */
export function estimateScalingSeconds(params: Omit<ScalingParams, 'mode'> & { mode: ScalingMode }, cores: number): number {
  const c = Math.max(1, Math.floor(cores));
  const { work: w, serialFraction: f } = params;
  return params.workers.reduce((t, p) => {
    const parallel = (1 - f) * w * (params.mode === 'weak' ? p : 1);
    return t + ((params.repeats + 1) * (f * w + parallel / Math.min(p, c))) / ASSUMED_EVALUATIONS_PER_SECOND;
  }, 0);
}

/** Result of {@link validateScalingParams}. */
export interface ScalingValidation {
  /** The settings, when every field is valid. */
  params: ScalingParams | null;
  /** One message per invalid field. */
  errors: Partial<Record<ScalingField, string>>;
}

/**
 * Validates the raw settings of the form.
 *
 * @param raw text per field (missing fields take the defaults for `cores`)
 * @param cores logical cores the browser reports, for the defaults and the time estimate
 */
export function validateScalingParams(raw: Partial<RawScalingParams>, cores: number): ScalingValidation {
  const full = { ...defaultScalingRaw(cores), ...raw };
  const errors: Partial<Record<ScalingField, string>> = {};
  const check = <T>(field: ScalingField, r: z.ZodSafeParseResult<T>): T | undefined => {
    if (r.success) return r.data;
    errors[field] = r.error.issues[0]?.message ?? 'Invalid value.';
    return undefined;
  };
  const serialFraction = check('serialFraction', fractionSchema.safeParse(full.serialFraction));
  const work = check('work', workSchema.safeParse(full.work));
  const mode = check('mode', modeSchema.safeParse(full.mode.trim()));
  const workers = check('workers', workersSchema.safeParse(full.workers));
  const repeats = check('repeats', repeatsSchema.safeParse(full.repeats));
  if (serialFraction === undefined || work === undefined || mode === undefined || workers === undefined || repeats === undefined) {
    return { params: null, errors };
  }
  const params: ScalingParams = { serialFraction, work, mode, workers, repeats };
  const seconds = estimateScalingSeconds(params, cores);
  if (seconds > MAX_SCALING_SWEEP_SECONDS) {
    errors.work = `This sweep would take about ${Math.round(seconds)} s on ${cores} cores; lower the work, the repeats or the worker counts (limit: ${MAX_SCALING_SWEEP_SECONDS} s).`;
    return { params: null, errors };
  }
  return { params, errors };
}
