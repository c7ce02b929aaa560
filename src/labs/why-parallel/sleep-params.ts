/**
 * Settings of the sleep demo and their validation, one message per field.
 *
 * The demo is the HPC2N/UPPMAX/LUNARC/NSC/PDC course's `sleep.py` ("Parallel computing with
 * Python"): n tasks that each wait 1 s, run one after another and then on n processes. Here the
 * processes are Web Workers.
 *
 * Pure: any thread, and Node.
 */

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

/** The fields of the form, as typed. */
export type SleepField = keyof SleepParams;
/** Raw text per field. */
export type RawSleepParams = Record<SleepField, string>;

/** The course's settings: 4 tasks of 1 s on 4 processes. */
export const COURSE_SLEEP_PARAMS: RawSleepParams = { tasks: '4', sleepMs: '1000', workers: '4', repeats: '1' };

/** Most tasks the demo accepts. */
export const MAX_SLEEP_TASKS = 16;
/** Longest sleep per task (ms). */
export const MAX_SLEEP_MS = 3000;
/** Most workers the demo starts. */
export const MAX_SLEEP_WORKERS = 16;
/** Longest serial run the demo accepts (ms): tasks x sleep. */
export const MAX_SERIAL_MS = 20_000;
/** Most repeats of each run. */
export const MAX_SLEEP_REPEATS = 5;
/** Longest time all serial runs together may take (ms): repeats x tasks x sleep. */
export const MAX_TOTAL_SERIAL_MS = 30_000;

function integerIn(text: string, min: number, max: number, what: string): { value?: number; error?: string } {
  const t = text.trim();
  if (t === '') return { error: `Enter ${what}.` };
  if (!/^\d+$/.test(t)) return { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be a whole number, got “${t}”.` };
  const value = Number(t);
  if (value < min || value > max) return { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be from ${min} to ${max}, got ${value}.` };
  return { value };
}

/**
 * Validates the typed settings. Nothing is clamped: a bad value gives a message for its field.
 *
 * @returns the settings when every field is valid (else `params` is undefined), and a message
 *   per invalid field
 */
export function validateSleepParams(raw: RawSleepParams): {
  params: SleepParams | undefined;
  errors: Partial<Record<SleepField, string>>;
} {
  const errors: Partial<Record<SleepField, string>> = {};
  const tasks = integerIn(raw.tasks, 1, MAX_SLEEP_TASKS, 'the number of tasks');
  const sleepMs = integerIn(raw.sleepMs, 10, MAX_SLEEP_MS, 'the sleep per task (ms)');
  const workers = integerIn(raw.workers, 1, MAX_SLEEP_WORKERS, 'the number of workers');
  const repeats = integerIn(raw.repeats, 1, MAX_SLEEP_REPEATS, 'the number of repeats');
  if (repeats.error) errors.repeats = repeats.error;
  if (tasks.error) errors.tasks = tasks.error;
  if (sleepMs.error) errors.sleepMs = sleepMs.error;
  if (workers.error) errors.workers = workers.error;
  if (tasks.value !== undefined && sleepMs.value !== undefined && tasks.value * sleepMs.value > MAX_SERIAL_MS) {
    errors.tasks = `The serial run would take ${(tasks.value * sleepMs.value) / 1000} s; keep tasks × sleep at most ${MAX_SERIAL_MS / 1000} s.`;
  }
  if (!errors.tasks && repeats.value !== undefined && tasks.value !== undefined && sleepMs.value !== undefined) {
    const total = repeats.value * tasks.value * sleepMs.value;
    if (total > MAX_TOTAL_SERIAL_MS) {
      errors.repeats = `${repeats.value} repeats would spend ${total / 1000} s in serial runs alone; keep it at most ${MAX_TOTAL_SERIAL_MS / 1000} s.`;
    }
  }
  if (Object.keys(errors).length > 0) return { params: undefined, errors };
  return { params: { tasks: tasks.value!, sleepMs: sleepMs.value!, workers: workers.value!, repeats: repeats.value! }, errors };
}

/**
 * The wall time an ideal run would take (ms): each worker sleeps its share one task after another,
 * so the busiest worker decides, ceil(tasks / workers) x sleepMs. Serial is `workers = 1`.
 *
 * @throws RangeError unless tasks, workers are positive integers and sleepMs is positive
 */
export function idealSleepWallMs(tasks: number, sleepMs: number, workers: number): number {
  if (!Number.isInteger(tasks) || tasks < 1) throw new RangeError(`tasks must be a positive integer, got ${tasks}`);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (!(sleepMs > 0)) throw new RangeError(`sleepMs must be positive, got ${sleepMs}`);
  return Math.ceil(tasks / workers) * sleepMs;
}
