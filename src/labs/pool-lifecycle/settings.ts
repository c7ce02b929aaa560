/**
 * Settings of the pool-lifecycle labs (lesson 16), as lab-kit {@link LabSettings}. Lab links:
 * - `#/lab/completion-order?items=4&step=100&workers=4&autorun=1`
 * - `#/lab/big-argument?mb=4&tasks=32&workers=2&repeats=3&autorun=1`
 *
 * Pure: any thread, and Node.
 */
import { MAX_REPEATS, MAX_WORKERS } from '../../params/limits.ts';
import { wholeNumber } from '../../params/parse.ts';
import { parseFields, type LabSettings } from '../kit/settings.ts';

/** Field names of the completion-order lab. */
export type OrderField = 'items' | 'step' | 'workers';

/** Validated settings of the completion-order lab. */
export interface OrderParams {
  /** Items 0..items-1; item i waits (items - i) x step ms, so the first is the slowest. */
  items: number;
  /** Wait per step (ms). */
  step: number;
  /** Pool workers. */
  workers: number;
}

/** The completion-order lab's settings: the Python example's 4 items, 100 ms apart, 4 workers. */
export const orderSettings: LabSettings<OrderField, OrderParams> = {
  fields: [
    { name: 'items', label: 'Items', help: 'Item i waits (items − i) steps: item 0 is the slowest, the last the fastest (2 to 16).' },
    { name: 'step', label: 'Step (ms)', help: 'The difference between one item’s wait and the next (10 to 1000 ms).' },
    { name: 'workers', label: 'Workers', help: 'Pool workers; the tasks only wait, so more workers than cores is fine here.' },
  ],
  defaults: () => ({ items: '4', step: '100', workers: '4' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      items: wholeNumber('the number of items', { min: 2, max: 16 }),
      step: wholeNumber('the step', { min: 10, max: 1000 }),
      workers: wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS }),
    });
    return ok ? { params: values as OrderParams, errors } : { params: null, errors };
  },
};

/** Field names of the big-argument lab. */
export type BigArgumentField = 'mb' | 'tasks' | 'workers' | 'repeats';

/** Validated settings of the big-argument lab. */
export interface BigArgumentParams {
  /** Size of the table every task needs (MB). */
  mb: number;
  /** Tasks, each reading one entry of the table. */
  tasks: number;
  /** Pool workers. */
  workers: number;
  /** Timed runs per variant after one discarded warm-up. */
  repeats: number;
}

/** The big-argument lab's settings: a 4 MB table, 32 tasks, 2 workers, 3 repeats. */
export const bigArgumentSettings: LabSettings<BigArgumentField, BigArgumentParams> = {
  fields: [
    { name: 'mb', label: 'Table size (MB)', help: 'The big argument every task needs (1 to 16 MB of doubles). The page copies it for every message, so larger tables would block the page for tens of milliseconds per copy.' },
    { name: 'tasks', label: 'Tasks', help: 'Each task reads one entry of the table: almost no work, so the time is the cost of getting the table there.' },
    { name: 'workers', label: 'Workers', help: (_raw, env) => `Pool workers; this browser reports ${env.cores} cores.` },
    { name: 'repeats', label: 'Repeats', help: 'Timed runs per variant after one discarded warm-up; the median is shown.' },
  ],
  defaults: (env) => ({ mb: '4', tasks: '32', workers: String(Math.min(2, Math.max(1, env.cores))), repeats: '3' }),
  validate: (raw) => {
    const { values, errors, ok } = parseFields(raw, {
      mb: wholeNumber('the table size', { min: 1, max: 16 }),
      tasks: wholeNumber('the number of tasks', { min: 1, max: 256 }),
      workers: wholeNumber('the number of workers', { min: 1, max: MAX_WORKERS }),
      repeats: wholeNumber('the number of repeats', { min: 1, max: MAX_REPEATS }),
    });
    return ok ? { params: values as BigArgumentParams, errors } : { params: null, errors };
  },
};
