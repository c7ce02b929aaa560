/**
 * Settings of the greetings task farm (`#/lab/greetings?parallel=8&seconds=1`): at most how many
 * tasks at a time (`xargs -P`) and how long each greeting waits. Pure: any thread, and Node.
 */
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { decimalNumber } from '../../params/parse.ts';
import { GREETINGS } from './greetings.ts';

/** Fields of the greetings lab. */
export type GreetingsField = 'parallel' | 'seconds';

/** Validated settings. */
export interface GreetingsParams {
  /** Workers in the pool: tasks at a time. */
  parallel: number;
  /** Wait of each greeting (s). */
  seconds: number;
}

/** Most tasks at a time: one per greeting (more workers would have nothing to do). */
export const MAX_PARALLEL = GREETINGS.length;

const fields: FieldSpec<GreetingsField>[] = [
  { name: 'parallel', label: 'At most at a time (-P)', help: 'Workers in the pool, like xargs -P.' },
  { name: 'seconds', label: 'Seconds per task', inputMode: 'decimal', help: 'greet.sh sleeps 1 s.' },
];

const schemas = {
  parallel: wholeNumber('tasks at a time', { min: 1, max: MAX_PARALLEL, tooSmall: 'At least 1 task must run at a time.', tooLarge: `At most ${MAX_PARALLEL} (there are only ${GREETINGS.length} greetings).` }),
  seconds: decimalNumber('the seconds per task', { min: 0.05, max: 5, tooSmall: 'Choose 0.05 to 5 seconds per task.', tooLarge: 'Choose 0.05 to 5 seconds per task.' }),
};

/** Validates the settings; `seconds` alone is needed by the "Run with -P n" buttons (see {@link validateSeconds}). */
function validate(raw: RawSettings<GreetingsField>): Validation<GreetingsField, GreetingsParams> {
  const { values, errors, ok } = parseFields(raw, schemas);
  if (!ok || values.parallel === undefined || values.seconds === undefined) return { params: null, errors };
  return { params: { parallel: values.parallel, seconds: values.seconds }, errors: {} };
}

/** The seconds per task of `raw`, or null when that field is invalid. */
export function validateSeconds(raw: RawSettings<GreetingsField>): number | null {
  const r = schemas.seconds.safeParse(raw.seconds);
  return r.success ? r.data : null;
}

/** The greetings lab's settings. */
export const greetingsSettings: LabSettings<GreetingsField, GreetingsParams> = {
  fields,
  defaults: () => ({ parallel: '8', seconds: '1' }),
  validate,
};
