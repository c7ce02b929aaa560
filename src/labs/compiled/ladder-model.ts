/**
 * The speed ladder's arithmetic: from a measured run of the integral (grid n, median wall time)
 * to sine evaluations per second, the seconds it would take at the course's n = 10 000 (10^8
 * evaluations, assuming the rate holds), and speedups against the slowest rung. Pure: any thread.
 */
import { COURSE_LADDER, COURSE_N } from './course-figures.ts';

/** The rungs the lab measures, slowest first. */
export const RUNGS = ['python', 'js', 'wasm', 'simd', 'simd-all'] as const;
/** A rung of the lab. */
export type Rung = (typeof RUNGS)[number];

/** What each rung is, what it stands for and the course rung beside it. */
export const RUNG_INFO: Record<Rung, { label: string; stands: string; course: readonly (keyof typeof COURSE_LADDER)[] }> = {
  python: { label: 'CPython (Pyodide)', stands: 'an interpreter, in WebAssembly', course: ['python'] },
  js: { label: 'JavaScript', stands: 'a JIT compiler, like numba', course: ['numba'] },
  wasm: { label: 'WebAssembly', stands: 'compiled ahead of time, like Fortran', course: ['fortran', 'julia'] },
  simd: { label: 'WebAssembly SIMD', stands: '2 doubles per instruction', course: [] },
  'simd-all': { label: 'SIMD on every core', stands: 'vectorized and threaded', course: ['openmp'] },
};

/** One measured rung. */
export interface LadderRow {
  rung: Rung;
  /** Grid points per axis. */
  n: number;
  /** Workers (1, or the cores for simd-all). */
  workers: number;
  /** Median wall time (ms). */
  medianMs: number;
  /** The printed result (`%e`). */
  text: string;
}

/** Sine evaluations per second of a row: n² / median seconds. */
export function evaluationsPerSecond(row: Pick<LadderRow, 'n' | 'medianMs'>): number {
  return (row.n * row.n) / (row.medianMs / 1000);
}

/** Seconds the row's rate needs for the course's 10^8 evaluations (n = 10 000). */
export function secondsAtCourseN(row: Pick<LadderRow, 'n' | 'medianMs'>): number {
  return (COURSE_N * COURSE_N) / evaluationsPerSecond(row);
}

/** Speedup of each row over the first one (CPython), by rate; NaN without a first row. */
export function speedupsOverFirst(rows: readonly LadderRow[]): number[] {
  const base = rows[0] ? evaluationsPerSecond(rows[0]) : NaN;
  return rows.map((r) => evaluationsPerSecond(r) / base);
}

/** The course's speedup of a course rung over its pure Python (20.39 s / rung's seconds). */
export function courseSpeedup(key: keyof typeof COURSE_LADDER): number {
  return COURSE_LADDER.python.seconds / COURSE_LADDER[key].seconds;
}
