/**
 * Settings of the timeline lab (`#/lab/timeline?sizes=random&tasks=24&darts=3000000&workers=4&chunksize=1`):
 * the pattern of task sizes, how many tasks, the average darts per task, the pool size and the
 * chunk size. Numbers follow src/params/parse.ts. Pure: any thread, and Node.
 */
import { MAX_WORKERS } from '../../params/limits.ts';
import { choice, wholeNumber } from '../../params/parse.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { randomDarts, SEED } from './workloads.ts';

/** Patterns of task sizes. */
export const SIZES = { equal: 'Equal', random: 'Random (¼× to 1¾×)', 'one-big': 'One big task last' } as const;
/** A pattern of task sizes. */
export type Sizes = keyof typeof SIZES;
/** Fields of the timeline lab. */
export type TimelineField = 'sizes' | 'tasks' | 'darts' | 'workers' | 'chunksize';

/** Validated settings: the map to run. */
export interface TimelineParams {
  sizes: Sizes;
  /** Arguments of each samplePi task: darts, seed, stream. */
  argsList: [number, number, number][];
  workers: number;
  chunksize: number;
}

/**
 * Darts per task for each size pattern (mean about `darts`): all equal; random between ¼ and 1¾
 * of it (reproducible); or all equal but the last, which is up to 8 times bigger.
 */
export function dartsFor(sizes: Sizes, tasks: number, darts: number): number[] {
  if (sizes === 'equal') return Array<number>(tasks).fill(darts);
  if (sizes === 'random') return randomDarts(tasks, Math.round(darts / 4), Math.round(darts * 1.75));
  return Array.from({ length: tasks }, (_, i) => (i === tasks - 1 ? darts * Math.min(8, tasks) : darts));
}

const sizeIds = Object.keys(SIZES) as [Sizes, ...Sizes[]];

const fields: FieldSpec<TimelineField>[] = [
  { name: 'sizes', label: 'Task sizes', kind: 'select', options: sizeIds.map((s) => ({ value: s, label: SIZES[s] })), help: 'Monte Carlo pi tasks, real CPU work.' },
  { name: 'tasks', label: 'Tasks', help: 'Items in the map.' },
  { name: 'darts', label: 'Darts per task', help: 'Average work per task.' },
  { name: 'workers', label: 'Workers', help: 'Pool size.' },
  { name: 'chunksize', label: 'Chunk size', help: 'Tasks per message.' },
];

function validate(raw: RawSettings<TimelineField>): Validation<TimelineField, TimelineParams> {
  const { values, errors, ok } = parseFields(raw, {
    sizes: choice(sizeIds, `Unknown task sizes: choose ${sizeIds.map((s) => `"${s}"`).join(', ')}.`),
    // 500 tasks is more bars than a lane can show apart
    tasks: wholeNumber('the number of tasks', { min: 1, max: 500 }),
    darts: wholeNumber('the darts per task', { min: 1000, max: 20_000_000 }),
    workers: wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS, tooSmall: 'Workers must be at least 1.', tooLarge: `At most ${MAX_WORKERS} workers.` }),
    chunksize: wholeNumber('the chunk size', { min: 1, max: 500 }),
  });
  const { sizes, tasks, darts, workers, chunksize } = values;
  if (!ok || !sizes || tasks === undefined || darts === undefined || workers === undefined || chunksize === undefined) return { params: null, errors };
  const argsList = dartsFor(sizes, tasks, darts).map((d, k): [number, number, number] => [d, SEED, k]);
  return { params: { sizes, argsList, workers, chunksize }, errors: {} };
}

/** The timeline lab's settings. */
export const timelineSettings: LabSettings<TimelineField, TimelineParams> = {
  fields,
  defaults: (env: LabEnv) => ({ sizes: 'random', tasks: '24', darts: '3000000', workers: String(Math.min(Math.max(1, env.cores), 8)), chunksize: '1' }),
  validate,
};
