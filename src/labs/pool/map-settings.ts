/**
 * Settings of the pool map lab (`#/lab/pool-map?task=slowSquare&items=5,1,4&workers=3&chunksize=1`):
 * which task, which items, how many workers, what chunk size. The lesson's two uses (`slow_square`
 * to show order, `power` for starmap) are initial settings of the task select.
 *
 * Items are real numbers (the tasks take any number: `sqrt(-1)` fails on purpose, `power(2, 0.5)`),
 * so they follow the list rule of src/params/parse.ts (entries separated by commas and/or spaces, an
 * empty entry refused) with each entry a decimal number in the digits / `1_000` / `1e6` style of
 * that module; ranges `a..b` take whole ends read by its `parseWhole`. Worker and chunk counts are
 * `wholeNumber` fields.
 *
 * Pure: any thread, and Node.
 */
import { z } from 'zod';
import { MAX_WORKERS } from '../../params/limits.ts';
import { choice, DECIMAL, formatLimit, parseWhole, splitList, wholeNumber, type ParseResult } from '../../params/parse.ts';
import type { TaskName } from '../../workers/tasks/registry.ts';
import { parseFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** Tasks offered by the map lab, with how many arguments each takes. */
export const MAP_TASKS = {
  square: { arity: 1, label: 'square(x) = x²' },
  slowSquare: { arity: 1, label: 'slow_square(x): waits x·100 ms, then x²' },
  sqrt: { arity: 1, label: 'sqrt(x): fails on negative x' },
  power: { arity: 2, label: 'power(x, y) = xʸ (starmap)' },
} as const satisfies Partial<Record<TaskName, { arity: number; label: string }>>;

/** A task the map lab offers. */
export type MapTask = keyof typeof MAP_TASKS;
/** The lab's fields (link parameters). */
export type MapField = 'task' | 'items' | 'workers' | 'chunksize';

/** Most items one map in the lab may have (more makes the timeline and the results unreadable). */
export const MAX_ITEMS = 20_000;

/** Default items of each task: what shows the task's point best. */
export const DEFAULT_ITEMS: Record<MapTask, string> = {
  square: '1..10',
  slowSquare: '5, 1, 4, 2, 3, 8, 1, 6',
  sqrt: '16, 9, 4, -1, 1',
  power: '(2, 10), (3, 2), (10, -1), (2, 0.5)',
};

/** Validated settings. */
export interface MapParams {
  task: MapTask;
  /** Arguments per item (starmap form: `map` items are one-element lists). */
  argsList: number[][];
  workers: number;
  /** undefined: Python's default. */
  chunksize: number | undefined;
}

/**
 * Reads one item value: a decimal number, `_` allowed between digits, scientific notation allowed
 * (`-1.5`, `2.5e3`, `1_000`). Anything else gets a message naming the entry.
 */
function parseValue(text: string): ParseResult<number> {
  if (!DECIMAL.test(text)) return { ok: false, error: `"${text}" is not a number (write numbers separated by commas, or a range like 1..20).` };
  const value = Number(text.replace(/_/g, ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: `"${text}" is too large.` };
}

const tooMany = `At most ${formatLimit(MAX_ITEMS)} items.`;

/**
 * Parses items: single numbers and ranges (`1, 2.5, 3..10`) for a one-argument task, tuples
 * (`(2, 10), (3, 2)`) for a task of `arity` > 1.
 *
 * @returns the argument lists, or a message saying what is wrong
 */
export function parseItems(text: string, arity: number): ParseResult<number[][]> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: arity === 1 ? 'Enter at least one item.' : `Enter at least one tuple, e.g. (2, 10).` };
  const argsList: number[][] = [];
  if (arity === 1) {
    const parts = splitList(trimmed, 'item');
    if (!parts.ok) return parts;
    for (const part of parts.value) {
      const range = /^(.+?)\.\.(.+)$/.exec(part);
      if (range) {
        const a = parseWhole(range[1]!, 'the start of a range');
        const b = parseWhole(range[2]!, 'the end of a range');
        if (!a.ok) return a;
        if (!b.ok) return b;
        if (b.value < a.value) return { ok: false, error: `The range ${part} runs backwards; write the smaller number first.` };
        if (argsList.length + (b.value - a.value + 1) > MAX_ITEMS) return { ok: false, error: tooMany };
        for (let v = a.value; v <= b.value; v++) argsList.push([v]);
        continue;
      }
      const value = parseValue(part);
      if (!value.ok) return value;
      argsList.push([value.value]);
    }
  } else {
    const example = `e.g. ${DEFAULT_ITEMS.power.split('), ').slice(0, 2).join('), ')})`;
    let bad: string | null = null;
    const rest = trimmed.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      const values = inner.trim() === '' ? [] : inner.trim().split(/\s*,\s*|\s+/);
      if (values.length !== arity) bad ??= `Each tuple needs exactly ${arity} numbers, ${example}.`;
      const args: number[] = [];
      for (const v of values) {
        const r = parseValue(v);
        if (!r.ok) bad ??= r.error;
        else args.push(r.value);
      }
      argsList.push(args);
      return ',';
    });
    if (rest.replace(/[\s,]/g, '') !== '') return { ok: false, error: `Write each item as a tuple of ${arity} numbers, ${example}.` };
    if (bad) return { ok: false, error: bad };
    if (argsList.length === 0) return { ok: false, error: `Enter at least one tuple, ${example}.` };
  }
  if (argsList.length > MAX_ITEMS) return { ok: false, error: tooMany };
  return { ok: true, value: argsList };
}

const taskIds = Object.keys(MAP_TASKS) as [MapTask, ...MapTask[]];
const taskSchema = choice(taskIds, `Unknown task: choose ${taskIds.map((t) => `"${t}"`).join(', ')}.`);
const workersSchema = wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS, tooSmall: 'Workers must be at least 1.', tooLarge: `At most ${MAX_WORKERS} workers.` });
const chunksizeSchema = z.string().transform((text, ctx) => {
  if (text.trim() === '') return undefined;
  const r = wholeNumber('the chunk size', { min: 1, max: MAX_ITEMS, tooSmall: 'The chunk size must be at least 1 (or blank for the default).' }).safeParse(text);
  if (r.success) return r.data;
  ctx.addIssue({ code: 'custom', message: r.error.issues[0]?.message ?? 'Invalid chunk size.' });
  return z.NEVER;
});
const itemsSchema = (arity: number) =>
  z.string().transform((text, ctx) => {
    const r = parseItems(text, arity);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  });

const taskOf = (raw: RawSettings<MapField>): MapTask | undefined => (Object.hasOwn(MAP_TASKS, raw.task.trim()) ? (raw.task.trim() as MapTask) : undefined);

const fields: FieldSpec<MapField>[] = [
  { name: 'task', label: 'Task', help: 'A named function in the task worker.', kind: 'select', options: taskIds.map((t) => ({ value: t, label: MAP_TASKS[t].label })) },
  {
    name: 'items',
    label: 'Items',
    inputMode: 'text',
    help: (raw) => (taskOf(raw) === 'power' ? 'Tuples, one per call: (2, 10), (3, 2)' : 'Numbers, or a range such as 1..100'),
  },
  { name: 'workers', label: 'Workers', help: 'Pool size.' },
  { name: 'chunksize', label: 'Chunk size', help: "Items per message; blank = Python's default." },
];

/** Default settings: the slow square task on up to 4 workers (the lesson's first map). */
function defaults(env: LabEnv): RawSettings<MapField> {
  return { task: 'square', items: DEFAULT_ITEMS.square, workers: String(Math.min(4, Math.max(1, env.cores))), chunksize: '' };
}

function validate(raw: RawSettings<MapField>): Validation<MapField, MapParams> {
  const task = taskOf(raw);
  const { values, errors, ok } = parseFields(raw, {
    task: taskSchema,
    items: task ? itemsSchema(MAP_TASKS[task].arity) : undefined,
    workers: workersSchema,
    chunksize: chunksizeSchema,
  });
  if (!ok || !task || !values.items || values.workers === undefined) return { params: null, errors };
  return { params: { task, argsList: values.items, workers: values.workers, chunksize: values.chunksize }, errors };
}

/** The pool map lab's settings. */
export const mapSettings: LabSettings<MapField, MapParams> = { fields, defaults, validate };

/**
 * Starting text for a lab opened with `initial`: a task given without items gets that task's
 * default items (so `task=power` alone opens on tuples).
 */
export function mapInitial(initial: Partial<RawSettings<MapField>> | undefined): Partial<RawSettings<MapField>> {
  const task = initial?.task?.trim();
  if (initial && initial.items === undefined && task && Object.hasOwn(DEFAULT_ITEMS, task)) return { ...initial, items: DEFAULT_ITEMS[task as MapTask] };
  return initial ?? {};
}
