/**
 * Settings of the two labs of the lesson "Libraries that thread for you":
 * - the implicit-threads lab (`#/lab/implicit-threads?n=480&threads=1,2,4&repeats=3`): the same
 *   library call `dot(A, A)` timed with each value of the library's PL_NUM_THREADS;
 * - the nested-threads lab (`#/lab/nested-threads?n=320&jobs=4`): `jobs` products run by p
 *   outer workers each calling the threaded library with t threads, for p × t below, at and above
 *   the cores.
 *
 * Pure: any thread, and Node.
 */
import { wholeNumber } from '../../params/parse.ts';
import { MAX_REPEATS } from '../../params/limits.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { workerCountsSchema } from '../kit/worker-counts.ts';
import { THREADS_VARIABLE } from '../../threaded-library/library.ts';

/** Smallest and largest matrix sizes (n × n). */
export const MIN_N = 32;
export const MAX_N = 1200;

/** Fields of the implicit-threads lab. */
export type ThreadsField = 'n' | 'threads' | 'repeats';

/** Validated settings of the implicit-threads lab. */
export interface ThreadsParams {
  n: number;
  /** PL_NUM_THREADS values to time, ascending, including 1. */
  threads: number[];
  repeats: number;
}

const nSchema = wholeNumber('the matrix size n', { min: MIN_N, max: MAX_N, tooSmall: `Use n of at least ${MIN_N}.`, tooLarge: `At most n = ${MAX_N}: n³ multiply-adds grow fast.` });

const threadFields: FieldSpec<ThreadsField>[] = [
  { name: 'n', label: 'Matrix size n', help: 'dot(A, A) for an n × n matrix A: n³ multiply-adds.' },
  { name: 'threads', label: `${THREADS_VARIABLE} values`, inputMode: 'text', help: (_raw, env) => `The library's team sizes to time, comma-separated; include 1 (${env.cores} cores reported).` },
  { name: 'repeats', label: 'Repeats', help: 'Timed calls per value, after one discarded warm-up.' },
];

function validateThreads(raw: RawSettings<ThreadsField>): Validation<ThreadsField, ThreadsParams> {
  const { values, errors, ok } = parseFields(raw, {
    n: nSchema,
    threads: workerCountsSchema({ max: 16 }),
    repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
  });
  if (!ok) return { params: null, errors };
  return { params: { n: values.n!, threads: values.threads!, repeats: values.repeats! }, errors };
}

/** The implicit-threads lab's settings: 1, 2 and 4 threads (as HPC2N's example, and one more). */
export const threadsSettings: LabSettings<ThreadsField, ThreadsParams> = {
  fields: threadFields,
  defaults: () => ({ n: '480', threads: '1,2,4', repeats: '3' }),
  validate: validateThreads,
};

/** Fields of the oversubscription lab. */
export type OversubscriptionField = 'n' | 'jobs';

/** Validated settings of the oversubscription lab. */
export interface OversubscriptionParams {
  n: number;
  /** Independent products to compute (the tasks of the outer pool). */
  jobs: number;
}

const overFields: FieldSpec<OversubscriptionField>[] = [
  { name: 'n', label: 'Matrix size n', help: 'Each job is dot(A, A) for an n × n matrix.' },
  { name: 'jobs', label: 'Jobs', help: (_raw, env) => `Independent products, shared by the outer workers (at least the ${env.cores} cores reported).` },
];

function validateOversubscription(raw: RawSettings<OversubscriptionField>): Validation<OversubscriptionField, OversubscriptionParams> {
  const { values, errors, ok } = parseFields(raw, { n: nSchema, jobs: wholeNumber('the number of jobs', { min: 1, max: 32 }) });
  if (!ok) return { params: null, errors };
  return { params: { n: values.n!, jobs: values.jobs! }, errors };
}

/** The oversubscription lab's settings: as many jobs as cores (at least 2), small matrices. */
export const oversubscriptionSettings: LabSettings<OversubscriptionField, OversubscriptionParams> = {
  fields: overFields,
  defaults: (env) => ({ n: '320', jobs: String(Math.max(2, Math.min(16, env.cores))) }),
  validate: validateOversubscription,
};
