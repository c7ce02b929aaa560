/**
 * The comparison labs' settings: lists of chunk sizes or pool sizes to measure, and the workloads
 * they run (many tiny tasks, uneven CPU tasks, equal CPU tasks). Pure: any thread, and Node.
 */
import type { TaskName } from '../../workers/tasks/registry.ts';

/** The workloads. */
export const WORKLOADS = {
  tiny: 'Many tiny tasks: square(x)',
  uneven: 'Uneven CPU tasks: item i throws (i + 1) × 100 000 darts',
  equal: 'Equal CPU tasks: darts per task',
} as const;
/** A workload. */
export type Workload = keyof typeof WORKLOADS;

/** Darts per unit of the uneven workload. */
export const UNEVEN_UNIT = 100_000;
/** Seed of the dart streams in these labs. */
export const SEED = 2024;

/**
 * The task and argument lists of a workload.
 *
 * @param items number of items (tasks)
 * @param darts darts per task (equal workload only)
 */
export function workloadArgs(workload: Workload, items: number, darts = 1_000_000): { task: TaskName; argsList: unknown[][] } {
  switch (workload) {
    case 'tiny':
      return { task: 'square', argsList: Array.from({ length: items }, (_, i) => [i]) };
    case 'uneven':
      return { task: 'samplePi', argsList: Array.from({ length: items }, (_, i) => [(i + 1) * UNEVEN_UNIT, SEED, i]) };
    case 'equal':
      return { task: 'samplePi', argsList: Array.from({ length: items }, (_, i) => [darts, SEED, i]) };
  }
}

/**
 * Parses a list such as "1, 10, 100, auto" (chunk sizes; `auto` allowed) or "1, 2, 4, 8" (pool
 * sizes). Values must be whole numbers from 1 to `max`, at most 8 of them, no repeats.
 *
 * @returns the values in the order typed (`'auto'` kept as such), or a message
 */
export function parseList(text: string, what: string, max: number, allowAuto: boolean): { values: (number | 'auto')[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return { error: `List at least one ${what}, e.g. 1, 10, 100.` };
  if (parts.length > 8) return { error: `At most 8 ${what}s at once (each is measured several times).` };
  const values: (number | 'auto')[] = [];
  for (const p of parts) {
    if (allowAuto && p.toLowerCase() === 'auto') {
      if (values.includes('auto')) return { error: '"auto" is listed twice.' };
      values.push('auto');
      continue;
    }
    if (!/^\d+$/.test(p)) return { error: `"${p}" is not a whole number${allowAuto ? ' (or "auto")' : ''}.` };
    const v = Number(p);
    if (v < 1) return { error: `A ${what} must be at least 1.` };
    if (v > max) return { error: `A ${what} of ${v} is too large: at most ${max}.` };
    if (values.includes(v)) return { error: `${v} is listed twice.` };
    values.push(v);
  }
  return { values };
}

/** Parses a whole number in [min, max] typed in a field. */
export function parseWhole(text: string, what: string, min: number, max: number): { value: number } | { error: string } {
  const t = text.trim().replace(/_/g, '');
  if (!/^\d+$/.test(t) && !/^\d+(\.\d+)?e\+?\d+$/i.test(t)) return { error: `${what} must be a whole number.` };
  const v = Number(t);
  if (!Number.isSafeInteger(v)) return { error: `${what} must be a whole number.` };
  if (v < min) return { error: `${what} must be at least ${min.toLocaleString('en')}.` };
  if (v > max) return { error: `${what} must be at most ${max.toLocaleString('en')}.` };
  return { value: v };
}

/** Default pool sizes for the oversubscription lab: 1, the cores, twice and four times the cores. */
export function oversubscriptionCounts(cores: number): number[] {
  const c = Math.max(1, Math.min(16, Math.floor(cores)));
  return [...new Set([1, c, 2 * c, 4 * c])];
}

/**
 * Darts for `n` tasks of random size between `min` and `max` (inclusive-ish), reproducible for a
 * seed (a 32-bit LCG: plenty for choosing task sizes). For the timeline lab's uneven workload.
 */
export function randomDarts(n: number, min: number, max: number, seed = SEED): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.round(min + (s / 2 ** 32) * (max - min));
  });
}
