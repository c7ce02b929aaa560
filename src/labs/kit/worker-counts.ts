/**
 * The "worker counts" field of every lab that sweeps over worker counts: a list (commas and/or
 * spaces, by the list rule of src/params/parse.ts) of whole numbers from 1 to `max` (default
 * MAX_WORKERS), without repeats, including 1 (the baseline of speedup) unless told otherwise,
 * returned ascending. Every problem gives one message naming the offending entry.
 *
 * Pure: any thread, and Node.
 */
import { numberList } from '../../params/parse.ts';
import { MAX_WORKERS } from '../../params/limits.ts';

/** Options of {@link workerCountsSchema}. */
export interface WorkerCountsOptions {
  /** Most workers one count may ask for (default MAX_WORKERS). */
  max?: number;
  /** Fewest counts the list must hold (default 1). */
  minCounts?: number;
  /** Message when the list holds fewer than `minCounts` counts. */
  tooFewMessage?: string;
  /** Require 1 in the list, the baseline of speedup (default true). */
  requireOne?: boolean;
}

/**
 * A zod schema from the field's text to the sorted list of counts.
 * @param options the limit on workers and on the number of counts
 */
export function workerCountsSchema({ max = MAX_WORKERS, minCounts = 1, tooFewMessage, requireOne = true }: WorkerCountsOptions = {}) {
  return numberList('worker count', {
    min: 1,
    max,
    tooSmall: 'Worker counts start at 1; 0 workers cannot run anything.',
    tooLarge: `{value} workers is too many: at most ${max}.`,
  }).transform((counts, ctx) => {
    if (requireOne && !counts.includes(1)) {
      ctx.addIssue({ code: 'custom', message: 'Include 1: speedup is measured against one worker.' });
      return [] as number[];
    }
    if (counts.length < minCounts) {
      ctx.addIssue({ code: 'custom', message: tooFewMessage ?? `List at least ${minCounts} worker counts.` });
      return [] as number[];
    }
    return counts;
  });
}

/** Default worker counts: 1, 2, 4, … up to twice the cores (at least 2), at most `max`. */
export function defaultWorkerCounts(cores: number, max = MAX_WORKERS): number[] {
  const limit = Math.min(max, Math.max(2, 2 * Math.max(1, Math.floor(cores))));
  const counts: number[] = [];
  for (let p = 1; p <= limit; p *= 2) counts.push(p);
  return counts;
}
