/**
 * Settings of the worker-overhead lab (`#/lab/worker-overhead?workers=8&repeats=5&calls=1000&autorun=1`):
 * how many workers to start together, how often, and how many warm round trips to time.
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** Validated settings of the worker-overhead lab. */
export interface OverheadParams {
  /** Workers started together in each start-up measurement. */
  workers: number;
  /** Timed start-ups (after one discarded warm-up). */
  repeats: number;
  /** Timed round trips to one warm worker. */
  calls: number;
}

/** The fields of the form (and the lab link's parameters). */
export type OverheadField = keyof OverheadParams;

/** Most timed round trips: each is well under a millisecond, so this stays a few seconds. */
export const MAX_ROUND_TRIPS = 100_000;

const fields: FieldSpec<OverheadField>[] = [
  { name: 'workers', label: 'Workers to start', help: 'Fresh workers started together, timed until each has answered one message.' },
  { name: 'repeats', label: 'Repeats', help: 'Timed start-ups, after one discarded warm-up; the median is shown.' },
  { name: 'calls', label: 'Round trips', help: 'Messages sent one after another to a warm worker and back; the median is shown.' },
];

const schemas = {
  workers: wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS }),
  repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
  calls: wholeNumber('the number of round trips', { min: 1, max: MAX_ROUND_TRIPS }),
};

function validate(raw: RawSettings<OverheadField>): Validation<OverheadField, OverheadParams> {
  const { values, errors, ok } = parseFields(raw, schemas);
  return ok ? { params: values as OverheadParams, errors: {} } : { params: null, errors };
}

/** The worker-overhead lab's settings: 8 workers, 5 start-ups, 1000 round trips on every machine. */
export const overheadSettings: LabSettings<OverheadField, OverheadParams> = {
  fields,
  defaults: () => ({ workers: '8', repeats: '5', calls: '1000' }),
  validate,
};
