/**
 * How much of an allocation a job used, per core and in all, from the busy time its workers
 * measured: per core, busy time over the span in which the program's pool worked; in all, the
 * busy core-time over cores × span (what Slurm's `seff` reports as CPU efficiency). Also the
 * ceiling the program's size sets: with w workers in c cores no more than min(w, c) / c of the
 * allocation can be busy, so 4 workers in a 5-core allocation use at most 80 %.
 * Pure: any thread, and Node.
 */
import type { ProgramUsage } from './programs.ts';

/** Usage of one job's allocation. */
export interface CoreUsage {
  /** Fraction of the span each allocated core was busy, 0..1, core 0 first. */
  perCore: number[];
  /** Busy core-time over cores × span, 0..1. */
  overall: number;
  /** Most that could be busy: cores that had a worker, over the allocated cores. */
  ceiling: number;
  /** Cores that had a worker. */
  coresWithWorker: number;
  /** The span the fractions are of, ms. */
  spanMs: number;
}

/**
 * Merges the usage of a job's programs (one per srun copy, each on its share of the cores) over
 * `cores` allocated cores; the span is the longest of theirs. Null when no program measured any.
 */
export function coreUsage(usages: readonly ProgramUsage[], cores: number): CoreUsage | null {
  if (usages.length === 0 || cores < 1) return null;
  // The last program run (and the srun copies that ran with it, on the same line) decides.
  const lastLine = usages.at(-1)!.line;
  const last = usages.filter((u) => u.line === lastLine);
  const spanMs = Math.max(...last.map((u) => u.spanMs));
  const busy = new Array<number>(cores).fill(0);
  const used = new Set<number>();
  for (const u of last) {
    u.busyMs.forEach((ms, i) => {
      const core = u.firstCore + i;
      if (core < cores) busy[core] = busy[core]! + ms;
    });
    for (let i = 0; i < Math.min(u.processes, u.cores); i++) used.add(u.firstCore + i);
  }
  const perCore = busy.map((ms) => (spanMs > 0 ? Math.min(1, ms / spanMs) : 0));
  const overall = perCore.reduce((s, f) => s + f, 0) / cores;
  return { perCore, overall, ceiling: used.size / cores, coresWithWorker: used.size, spanMs };
}
