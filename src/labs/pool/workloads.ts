/**
 * The workloads the pool labs map over (many tiny tasks, uneven CPU tasks, equal CPU tasks), the
 * default pool sizes of the oversubscription lab, and reproducible random task sizes for the
 * timeline lab. Pure: any thread, and Node.
 */
import { MAX_WORKERS } from '../../params/limits.ts';
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
 * Default pool sizes for the oversubscription lab: 1, the cores, twice and four times the cores
 * (cores capped so that four times them stays within MAX_WORKERS).
 */
export function oversubscriptionCounts(cores: number): number[] {
  const c = Math.max(1, Math.min(Math.floor(MAX_WORKERS / 4), Math.floor(cores)));
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
