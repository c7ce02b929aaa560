/**
 * The "worker counts" field shared by the labs that sweep over worker counts: a comma or space
 * separated list of whole numbers from 1 to `max`, without repeats, including 1 (the baseline of
 * speedup), returned ascending. Every problem gives one message naming the offending entry.
 * Pure: any thread, and Node.
 */
import { z } from 'zod';

/** Options of {@link workerCountsSchema}. */
export interface WorkerCountsOptions {
  /** Most workers one count may ask for. */
  max: number;
  /** Fewest counts the list must hold (default 1). */
  minCounts?: number;
  /** Message when the list holds fewer than `minCounts` counts. */
  tooFewMessage?: string;
}

/**
 * A zod schema from the field's text to the sorted list of counts.
 * @param options the limit on workers and on the number of counts
 */
export function workerCountsSchema({ max, minCounts = 1, tooFewMessage }: WorkerCountsOptions) {
  return z
    .string()
    .trim()
    .min(1, 'List at least one worker count, e.g. 1,2,4.')
    .transform((s, ctx) => {
      const fail = (message: string): typeof z.NEVER => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const counts: number[] = [];
      for (const part of s.split(/[\s,]+/).filter(Boolean)) {
        if (!/^\d+$/.test(part)) return fail(`"${part}" is not a whole number of workers.`);
        const p = Number(part);
        if (p < 1) return fail('Worker counts start at 1; 0 workers cannot run anything.');
        if (p > max) return fail(`${p} workers is too many: at most ${max}.`);
        if (counts.includes(p)) return fail(`${p} is listed twice.`);
        counts.push(p);
      }
      if (!counts.includes(1)) return fail('Include 1: speedup is measured against one worker.');
      if (counts.length < minCounts) return fail(tooFewMessage ?? `List at least ${minCounts} worker counts.`);
      return counts.sort((a, b) => a - b);
    });
}
