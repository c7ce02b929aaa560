/**
 * Settings of the pool labs that measure variants of one map: the Monte Carlo pi pool
 * (`#/lab/pi-pool?tasks=10&darts=100000&workers=4&repeats=3`), the chunk size lab
 * (`#/lab/chunksize?workload=uneven&items=40&workers=2&chunks=1,5,auto&repeats=3`) and the
 * oversubscription lab (`#/lab/oversubscription?tasks=16&darts=2000000&workers=1,2,4,8&repeats=3`).
 * Each validated setting carries the variants to measure. Numbers follow src/params/parse.ts.
 *
 * Pure: any thread, and Node.
 */
import { z } from 'zod';
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { choice, formatLimit, parseWhole, splitList, wholeNumber } from '../../params/parse.ts';
import { defaultChunksize } from '../../workers/tasks/chunking.ts';
import { formatCount, plural } from '../kit/format.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { workerCountsSchema } from '../kit/worker-counts.ts';
import type { Variant } from './measure-variants.ts';
import { oversubscriptionCounts, SEED, WORKLOADS, workloadArgs } from './workloads.ts';

/** Validated settings of a variant sweep: what to measure and how often. */
export interface VariantParams {
  variants: Variant[];
  /** Timed runs per variant, after one discarded warm-up. */
  repeats: number;
}

/** Most variants one sweep measures (each is run 1 + repeats times). */
export const MAX_VARIANTS = 8;

const repeatsSchema = wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS, tooSmall: 'Repeats must be at least 1.', tooLarge: `At most ${MAX_REPEATS} repeats.` });
const workersSchema = wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS, tooSmall: 'Workers must be at least 1.', tooLarge: `At most ${MAX_WORKERS} workers.` });
const repeatsField = <F extends string>(name: F, help: string): FieldSpec<F> => ({ name, label: 'Repeats', help });
const cores = (env: LabEnv) => Math.max(1, env.cores);

// ---- Monte Carlo pi with a pool ----

/** Fields of the pi pool lab. */
export type PiPoolField = 'tasks' | 'darts' | 'workers' | 'repeats';

/** Most darts one pi comparison may throw in all (tasks × darts), so a run stays under a minute. */
export const MAX_PI_DARTS = 400_000_000;

const piFields: FieldSpec<PiPoolField>[] = [
  { name: 'tasks', label: 'Calls of sample', help: 'The exercise: 10.' },
  { name: 'darts', label: 'Darts per call', help: 'The exercise: 10^5 (100000 or 1e5). Then try 1e7.' },
  { name: 'workers', label: 'Workers', help: 'Pool size.' },
  repeatsField('repeats', 'Timed runs each, after a warm-up.'),
];

function piValidate(raw: RawSettings<PiPoolField>): Validation<PiPoolField, VariantParams> {
  const { values, errors, ok } = parseFields(raw, {
    tasks: wholeNumber('the number of calls', { min: 1, max: 1000 }),
    darts: wholeNumber('the darts per call', { min: 1, max: 100_000_000 }),
    workers: workersSchema,
    repeats: repeatsSchema,
  });
  const { tasks: n, darts: d, workers: p, repeats } = values;
  if (!ok || n === undefined || d === undefined || p === undefined || repeats === undefined) return { params: null, errors };
  if (n * d > MAX_PI_DARTS) return { params: null, errors: { darts: `More than ${formatCount(MAX_PI_DARTS)} darts in all takes too long here; use fewer.` } };
  const variants: Variant[] = [
    { label: `sample(${formatCount(n * d)}) on 1 worker`, task: 'samplePi', argsList: [[n * d, SEED, 0]], workers: 1 },
    {
      label: `pool.map(sample, [${formatCount(d)}] × ${n}) on ${plural(p, 'worker')}`,
      task: 'samplePi',
      argsList: Array.from({ length: n }, (_, k) => [d, SEED, k + 1]),
      workers: p,
    },
  ];
  return { params: { variants, repeats }, errors: {} };
}

/** The Monte Carlo pi pool lab's settings: one `sample(tasks × darts)` against `pool.map`. */
export const piPoolSettings: LabSettings<PiPoolField, VariantParams> = {
  fields: piFields,
  defaults: (env) => ({ tasks: '10', darts: '100000', workers: String(Math.min(cores(env), 8)), repeats: '5' }),
  validate: piValidate,
};

// ---- chunk size ----

/** Fields of the chunk size lab. */
export type ChunksizeField = 'workload' | 'items' | 'workers' | 'chunks' | 'repeats';
/** Workloads of the chunk size lab. */
export type ChunkWorkload = 'tiny' | 'uneven';

/** Most items per workload: tiny tasks cost little each, uneven ones grow with the item index. */
export const MAX_CHUNK_ITEMS: Record<ChunkWorkload, number> = { tiny: 20_000, uneven: 200 };

/** Default items and chunk sizes of each workload. */
export const CHUNK_DEFAULTS: Record<ChunkWorkload, { items: string; chunks: string }> = {
  tiny: { items: '5000', chunks: '1, 10, 100, auto' },
  uneven: { items: '40', chunks: '1, 5, auto, 20' },
};

const workloadSchema = choice(['tiny', 'uneven'], 'Unknown workload: choose "tiny" or "uneven".');

/**
 * Chunk sizes as typed: whole numbers (by the rule of src/params/parse.ts) from 1 to `max`, or
 * `auto` (Python's default), by the list rule, at most MAX_VARIANTS, none twice; kept in the order
 * typed (the table follows it).
 */
export function chunkListSchema(max: number) {
  return z.string().transform((text, ctx): (number | 'auto')[] => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    const parts = splitList(text, 'chunk size');
    if (!parts.ok) return fail(parts.error);
    if (parts.value.length > MAX_VARIANTS) return fail(`At most ${MAX_VARIANTS} chunk sizes at once (each is measured several times).`);
    const values: (number | 'auto')[] = [];
    for (const part of parts.value) {
      let value: number | 'auto';
      if (part.toLowerCase() === 'auto') value = 'auto';
      else {
        const r = parseWhole(part, 'chunk size');
        if (!r.ok) return fail(`"${part}" is not a whole chunk size (or "auto").`);
        if (r.value < 1) return fail(`${part} is too small: each chunk size must be at least 1.`);
        if (r.value > max) return fail(`${part} is too large: each chunk size must be at most ${formatLimit(max)}.`);
        value = r.value;
      }
      if (values.includes(value)) return fail(`${part} is listed twice.`);
      values.push(value);
    }
    return values;
  });
}

const workloadOf = (raw: RawSettings<ChunksizeField>): ChunkWorkload => (raw.workload.trim() === 'uneven' ? 'uneven' : 'tiny');

const chunkFields: FieldSpec<ChunksizeField>[] = [
  {
    name: 'workload',
    label: 'Workload',
    kind: 'select',
    options: [
      { value: 'tiny', label: WORKLOADS.tiny },
      { value: 'uneven', label: WORKLOADS.uneven },
    ],
    help: (raw) => (workloadOf(raw) === 'tiny' ? 'Each item is nearly free: the cost is the messages.' : 'Later items are heavier: the cost is imbalance.'),
  },
  { name: 'items', label: 'Items', help: (raw) => `Items in the map (at most ${formatCount(MAX_CHUNK_ITEMS[workloadOf(raw)])}).` },
  { name: 'workers', label: 'Workers', help: 'Pool size.' },
  { name: 'chunks', label: 'Chunk sizes', inputMode: 'text', help: 'Comma-separated; "auto" is Python\'s default.' },
  repeatsField('repeats', 'Timed runs per chunk size, after a warm-up.'),
];

function chunkValidate(raw: RawSettings<ChunksizeField>): Validation<ChunksizeField, VariantParams> {
  const workload = workloadOf(raw);
  const max = MAX_CHUNK_ITEMS[workload];
  const { values, errors, ok } = parseFields(raw, {
    workload: workloadSchema,
    items: wholeNumber('the number of items', { min: 1, max, tooLarge: `At most ${formatCount(max)} items for this workload.` }),
    workers: workersSchema,
    chunks: chunkListSchema(MAX_CHUNK_ITEMS.tiny),
    repeats: repeatsSchema,
  });
  const { items: n, workers: p, chunks, repeats } = values;
  if (!ok || n === undefined || p === undefined || !chunks || repeats === undefined) return { params: null, errors };
  const { task, argsList } = workloadArgs(workload, n);
  const variants = chunks.map((c): Variant => {
    const size = c === 'auto' ? defaultChunksize(n, p) : c;
    return { label: c === 'auto' ? `auto (${size})` : `chunksize ${size}`, task, argsList, workers: p, chunksize: size };
  });
  return { params: { variants, repeats }, errors: {} };
}

/** The chunk size lab's settings. */
export const chunksizeSettings: LabSettings<ChunksizeField, VariantParams> = {
  fields: chunkFields,
  defaults: (env) => ({ workload: 'tiny', ...CHUNK_DEFAULTS.tiny, workers: String(Math.min(cores(env), 4)), repeats: '3' }),
  validate: chunkValidate,
};

/** Starting text for a chunk size lab opened with `initial`: a workload without items or chunks gets its defaults. */
export function chunksizeInitial(initial: Partial<RawSettings<ChunksizeField>> | undefined): Partial<RawSettings<ChunksizeField>> {
  const w = initial?.workload?.trim();
  if (!initial || (w !== 'tiny' && w !== 'uneven')) return initial ?? {};
  return { items: CHUNK_DEFAULTS[w].items, chunks: CHUNK_DEFAULTS[w].chunks, ...initial };
}

// ---- oversubscription ----

/** Fields of the oversubscription lab. */
export type OversubscriptionField = 'tasks' | 'darts' | 'workers' | 'repeats';

const overFields: FieldSpec<OversubscriptionField>[] = [
  { name: 'tasks', label: 'Tasks', help: 'Equal Monte Carlo pi tasks.' },
  { name: 'darts', label: 'Darts per task', help: 'CPU work per task.' },
  { name: 'workers', label: 'Pool sizes', inputMode: 'text', help: 'Comma-separated pool sizes; include 1, the baseline.' },
  repeatsField('repeats', 'Timed runs per pool size, after a warm-up.'),
];

function overValidate(raw: RawSettings<OversubscriptionField>, env: LabEnv): Validation<OversubscriptionField, VariantParams> {
  const { values, errors, ok } = parseFields(raw, {
    tasks: wholeNumber('the number of tasks', { min: 1, max: 256 }),
    darts: wholeNumber('the darts per task', { min: 1000, max: 50_000_000 }),
    workers: workerCountsSchema(),
    repeats: repeatsSchema,
  });
  const { tasks: n, darts: d, workers: counts, repeats } = values;
  if (!ok || n === undefined || d === undefined || !counts || repeats === undefined) return { params: null, errors };
  if (counts.length > MAX_VARIANTS) return { params: null, errors: { workers: `At most ${MAX_VARIANTS} pool sizes at once (each is measured several times).` } };
  const { task, argsList } = workloadArgs('equal', n, d);
  const variants = counts.map((p): Variant => ({ label: `${plural(p, 'worker')}${p > env.cores ? ' (over)' : ''}`, task, argsList, workers: p, chunksize: 1 }));
  return { params: { variants, repeats }, errors: {} };
}

/** The oversubscription lab's settings. */
export const oversubscriptionSettings: LabSettings<OversubscriptionField, VariantParams> = {
  fields: overFields,
  defaults: (env) => ({ tasks: '16', darts: '2000000', workers: oversubscriptionCounts(cores(env)).join(', '), repeats: '3' }),
  validate: overValidate,
};
