/**
 * The map lab's form: which task, which items, how many workers, what chunk size; parsed from the
 * text typed, with one message per bad field. Pure: any thread, and Node.
 */
import type { TaskName } from '../../workers/tasks/registry.ts';

/** Tasks offered by the map lab, with how many arguments each takes. */
export const MAP_TASKS = {
  square: { arity: 1, label: 'square(x) = x²' },
  slowSquare: { arity: 1, label: 'slow_square(x): waits x·100 ms, then x²' },
  sqrt: { arity: 1, label: 'sqrt(x): fails on negative x' },
  power: { arity: 2, label: 'power(x, y) = xʸ (starmap)' },
} as const satisfies Partial<Record<TaskName, { arity: number; label: string }>>;

/** A task the map lab offers. */
export type MapTask = keyof typeof MAP_TASKS;
/** The lab's fields. */
export type MapField = 'task' | 'items' | 'workers' | 'chunksize';
/** Raw text per field. */
export type RawMap = Record<MapField, string>;

/** Most items a map in the lab may have. */
export const MAX_ITEMS = 20_000;
/** Most workers the lab may start. */
export const MAX_LAB_WORKERS = 32;

/** Validated settings. */
export interface MapParams {
  task: MapTask;
  argsList: number[][];
  workers: number;
  /** undefined: Python's default. */
  chunksize: number | undefined;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Parses single numbers ("1, 2, 3", ranges "1..100") or, for a two-argument task, tuples
 * ("(2, 10), (3, 2)").
 *
 * @returns the argument lists, or a message saying what is wrong
 */
export function parseItems(text: string, arity: number): { argsList: number[][] } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter at least one item.' };
  const argsList: number[][] = [];
  if (arity === 1) {
    for (const part of trimmed.split(/[\s,]+/).filter(Boolean)) {
      const range = /^(-?\d+)\.\.(-?\d+)$/.exec(part);
      if (range) {
        const a = Number(range[1]);
        const b = Number(range[2]);
        if (b < a) return { error: `The range ${part} runs backwards; write the smaller number first.` };
        if (argsList.length + (b - a + 1) > MAX_ITEMS) return { error: `At most ${MAX_ITEMS.toLocaleString('en')} items.` };
        for (let v = a; v <= b; v++) argsList.push([v]);
        continue;
      }
      if (!NUMBER.test(part)) return { error: `"${part}" is not a number (write numbers separated by commas, or a range like 1..20).` };
      argsList.push([Number(part)]);
    }
  } else {
    const rest = trimmed.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      const values = inner.split(/[\s,]+/).filter(Boolean);
      argsList.push(values.map(Number));
      if (values.length !== arity || values.some((v) => !NUMBER.test(v))) argsList.push([Number.NaN]);
      return '';
    });
    if (rest.replace(/[\s,]/g, '') !== '') return { error: `Write each item as a tuple of ${arity} numbers, e.g. (2, 10), (3, 2).` };
    if (argsList.some((a) => a.some(Number.isNaN))) return { error: `Each tuple needs exactly ${arity} numbers, e.g. (2, 10).` };
    if (argsList.length === 0) return { error: 'Enter at least one tuple, e.g. (2, 10).' };
  }
  if (argsList.length > MAX_ITEMS) return { error: `At most ${MAX_ITEMS.toLocaleString('en')} items.` };
  return { argsList };
}

function positiveInteger(text: string, what: string, max: number): { value: number } | { error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: `${what} must be a whole number.` };
  const v = Number(t);
  if (v < 1) return { error: `${what} must be at least 1.` };
  if (v > max) return { error: `${what} must be at most ${max.toLocaleString('en')}.` };
  return { value: v };
}

/** Validates the form; `chunksize` may be blank (Python's default). */
export function validateMap(raw: RawMap): { params: MapParams | null; errors: Partial<Record<MapField, string>> } {
  const errors: Partial<Record<MapField, string>> = {};
  const task = Object.hasOwn(MAP_TASKS, raw.task) ? (raw.task as MapTask) : null;
  if (!task) errors.task = `Unknown task "${raw.task}".`;
  const items = task ? parseItems(raw.items, MAP_TASKS[task].arity) : null;
  if (items && 'error' in items) errors.items = items.error;
  const workers = positiveInteger(raw.workers, 'Workers', MAX_LAB_WORKERS);
  if ('error' in workers) errors.workers = workers.error;
  const chunk = raw.chunksize.trim() === '' ? null : positiveInteger(raw.chunksize, 'Chunk size', MAX_ITEMS);
  if (chunk && 'error' in chunk) errors.chunksize = chunk.error;
  if (!task || !items || 'error' in items || 'error' in workers || (chunk && 'error' in chunk)) return { params: null, errors };
  return { params: { task, argsList: items.argsList, workers: workers.value, chunksize: chunk ? chunk.value : undefined }, errors };
}
