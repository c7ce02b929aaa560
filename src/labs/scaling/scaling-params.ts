/**
 * Settings of the scaling lab (`#/lab/scaling?serialFraction=0.1&work=2e7&mode=strong&workers=1,2&repeats=3&autorun=1`)
 * and their validation. Numbers follow the rules of src/params/parse.ts (the serial fraction
 * by its decimal rule). A bad value gives a message for that field and nothing runs. Values
 * are never silently clamped. Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_SWEEP_SECONDS, MAX_WORKERS } from '../../params/limits.ts';
import { choice, formatLimit, wholeNumber, decimalNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { workerCountsSchema } from '../kit/worker-counts.ts';
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
export type RawScalingParams = RawSettings<ScalingField>;

/** Least and most work (sin evaluations). */
export const MIN_WORK = 100_000;
export const MAX_WORK = 2_000_000_000;
/** Throughput assumed by the time estimate: sin evaluations per second per core. */
export const ASSUMED_EVALUATIONS_PER_SECOND = 1e8;

/** Default worker counts: 1, 2, 4, ... up to the reported cores, and the core count itself. */
export function defaultScalingWorkers(cores: number): number[] {
  const c = Math.min(MAX_WORKERS, Math.max(2, Math.floor(cores)));
  const counts: number[] = [];
  for (let p = 1; p <= c; p *= 2) counts.push(p);
  if (!counts.includes(c)) counts.push(c);
  return counts;
}

/** Default settings for a machine with `cores` logical cores. */
export function defaultScalingRaw(cores: number): RawScalingParams {
  return { serialFraction: '0.1', work: '20000000', mode: 'strong', workers: defaultScalingWorkers(cores).join(','), repeats: '3' };
}

/** The serial fraction: a decimal from 0 to 1 (`0.1`, `0.25`, `1`), by the decimal rule of src/params/parse.ts. */
const fractionSchema = decimalNumber('the serial fraction', {
  min: 0,
  max: 1,
  tooSmall: 'The serial fraction must be between 0 and 1, e.g. 0.1 for 10 %.',
  tooLarge: 'The serial fraction cannot exceed 1 (everything serial).',
});

const workSchema = wholeNumber('the work W', {
  min: MIN_WORK,
  max: MAX_WORK,
  tooSmall: `Use at least ${formatLimit(MIN_WORK)} evaluations, or start-up costs swamp the work.`,
  tooLarge: `At most ${formatLimit(MAX_WORK)} evaluations; a bigger job takes too long in a browser.`,
});

const modeSchema = choice(['strong', 'weak'], 'Choose strong scaling (fixed work) or weak scaling (work grows with the workers).');

const repeatsSchema = wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS, tooSmall: 'Repeats must be at least 1.', tooLarge: `At most ${MAX_REPEATS} repeats.` });

const workersSchema = workerCountsSchema({
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

/**
 * The settings that define the job a sweep times (f, W and the scaling mode), with their rules:
 * two sweeps are comparable when these agree (the worker counts and repeats may differ).
 */
export const SCALING_PROBLEM_SCHEMAS = { serialFraction: fractionSchema, work: workSchema, mode: modeSchema } as const;

const fields: FieldSpec<ScalingField>[] = [
  { name: 'serialFraction', label: 'Serial fraction f', help: 'Share f of the work only one worker can do (0 to 1).', inputMode: 'decimal' },
  { name: 'work', label: 'Work W (sin evaluations)', help: 'Total work W of the one-worker job, in sin evaluations (about 10 ns each).' },
  {
    name: 'mode',
    label: 'Scaling',
    help: (raw) => (raw.mode === 'weak' ? 'Each worker gets (1 − f)·W of parallel work.' : 'The p workers share (1 − f)·W.'),
    kind: 'select',
    options: [
      { value: 'strong', label: 'Strong: fixed work W' },
      { value: 'weak', label: 'Weak: parallel part grows with p' },
    ],
  },
  { name: 'workers', label: 'Worker counts', help: 'Comma-separated worker counts; include 1, the baseline.', inputMode: 'text' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs per worker count, after one discarded warm-up.' },
];

/**
 * Validates the raw settings: every field, then the sweep's estimated duration on `env.cores`
 * (over MAX_SWEEP_SECONDS is refused, with the message on the work field).
 */
function validate(raw: RawScalingParams, env: LabEnv): Validation<ScalingField, ScalingParams> {
  const { values, errors, ok } = parseFields(raw, {
    serialFraction: fractionSchema,
    work: workSchema,
    mode: modeSchema,
    workers: workersSchema,
    repeats: repeatsSchema,
  });
  if (!ok) return { params: null, errors };
  const params = values as ScalingParams;
  const seconds = estimateScalingSeconds(params, env.cores);
  if (seconds > MAX_SWEEP_SECONDS) {
    return {
      params: null,
      errors: { work: `This sweep would take about ${Math.round(seconds)} s on ${env.cores} cores; lower the work, the repeats or the worker counts (limit: ${MAX_SWEEP_SECONDS} s).` },
    };
  }
  return { params, errors: {} };
}

/** The scaling lab's settings (defaults from the reported cores). */
export const scalingSettings: LabSettings<ScalingField, ScalingParams> = { fields, defaults: (env) => defaultScalingRaw(env.cores), validate };
