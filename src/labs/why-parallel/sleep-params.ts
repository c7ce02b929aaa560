/**
 * Settings of the sleep demo (`#/lab/sleep?tasks=4&sleepMs=1000&workers=4&repeats=1&autorun=1`),
 * validated by the number rule of src/params/parse.ts, one message per field.
 *
 * The demo is the HPC2N/UPPMAX/LUNARC/NSC/PDC course's `sleep.py` ("Parallel computing with
 * Python"): n tasks that each wait 1 s, run one after another and then on n processes. Here the
 * processes are Web Workers.
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** Validated settings of the sleep demo. */
export interface SleepParams {
  /** Number of tasks (each one sleep). */
  tasks: number;
  /** How long each task sleeps (ms). */
  sleepMs: number;
  /** Workers of the parallel run. */
  workers: number;
  /** Timed runs of each kind (the median is reported). */
  repeats: number;
}

/** The fields of the form (and the lab link's parameters). */
export type SleepField = keyof SleepParams;

/** The course's settings: 4 tasks of 1 s on 4 processes. */
export const COURSE_SLEEP_PARAMS: RawSettings<SleepField> = { tasks: '4', sleepMs: '1000', workers: '4', repeats: '1' };

/** Most tasks the demo accepts: more bars than this no longer read as "one nap each". */
export const MAX_SLEEP_TASKS = 16;
/** Longest sleep per task (ms). */
export const MAX_SLEEP_MS = 3000;
/**
 * Most workers the demo starts. Smaller than MAX_WORKERS on purpose: with at most 16 tasks, more
 * workers than tasks only sit idle, and each one costs a worker start.
 */
export const MAX_SLEEP_WORKERS = MAX_SLEEP_TASKS;
/** Longest serial run the demo accepts (ms): tasks x sleep. */
export const MAX_SERIAL_MS = 20_000;
/** Longest time all serial runs together may take (ms): repeats x tasks x sleep. */
export const MAX_TOTAL_SERIAL_MS = 30_000;

const fields: FieldSpec<SleepField>[] = [
  { name: 'tasks', label: 'Tasks', help: 'How many times to sleep (the course: 4).' },
  { name: 'sleepMs', label: 'Sleep per task (ms)', help: 'Each task waits this long (the course: 1000).' },
  { name: 'workers', label: 'Workers', help: 'Workers of the parallel run (the course: 4 processes).' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs of each; the median is shown.' },
];

const schemas = {
  tasks: wholeNumber('the number of tasks', { min: 1, max: MAX_SLEEP_TASKS }),
  sleepMs: wholeNumber('the sleep per task (ms)', { min: 10, max: MAX_SLEEP_MS }),
  workers: wholeNumber('the number of workers', { min: 1, max: MAX_SLEEP_WORKERS }),
  repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
};

/**
 * Validates the typed settings. Nothing is clamped: a bad value gives a message for its field,
 * and so does a demo whose serial runs would take too long (on tasks, or on repeats).
 */
function validate(raw: RawSettings<SleepField>): Validation<SleepField, SleepParams> {
  const { values, errors, ok } = parseFields(raw, schemas);
  if (!ok) return { params: null, errors };
  const params = values as SleepParams;
  const serial = params.tasks * params.sleepMs;
  if (serial > MAX_SERIAL_MS) {
    return { params: null, errors: { tasks: `The serial run would take ${serial / 1000} s; keep tasks × sleep at most ${MAX_SERIAL_MS / 1000} s.` } };
  }
  const total = params.repeats * serial;
  if (total > MAX_TOTAL_SERIAL_MS) {
    return {
      params: null,
      errors: { repeats: `${params.repeats} repeats would spend ${total / 1000} s in serial runs alone; keep it at most ${MAX_TOTAL_SERIAL_MS / 1000} s.` },
    };
  }
  return { params, errors: {} };
}

/** The sleep demo's settings: the course's defaults on every machine. */
export const sleepSettings: LabSettings<SleepField, SleepParams> = { fields, defaults: () => ({ ...COURSE_SLEEP_PARAMS }), validate };

