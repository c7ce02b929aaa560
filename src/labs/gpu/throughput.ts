/**
 * The throughput lab's model: one row per problem size with the CPU workers' and the GPU's
 * median times, their throughput (units of work per second), and where the GPU overtakes.
 * Pure: any thread, and Node.
 */
import type { TimingSummary } from '../../measure/stats.ts';
import type { GpuTimings } from '../../gpu/timing.ts';

/** One side (CPU workers or GPU) at one size. */
export interface SideResult {
  time: TimingSummary;
  /** Units of work per second at the median time. */
  rate: number;
  /** The kernel's result text of the last run. */
  text: string;
}

/** One problem size. */
export interface ThroughputRow {
  /** The size as entered (darts, or grid points per axis). */
  size: number;
  /** Units of work at this size (darts, evaluations). */
  work: number;
  cpu: SideResult;
  /** Absent when the GPU is unavailable. */
  gpu?: SideResult & { timings: GpuTimings };
}

/** Units of work per second for `work` units done in `ms` milliseconds. */
export function throughput(work: number, ms: number): number {
  return ms > 0 ? work / (ms / 1000) : Number.POSITIVE_INFINITY;
}

/** Where the GPU stands against the CPU workers over the measured sizes. */
export type Crossover =
  | { kind: 'no-gpu' }
  | { kind: 'gpu-always' }
  | { kind: 'cpu-always' }
  | { kind: 'crossover'; below: ThroughputRow; from: ThroughputRow }
  | { kind: 'mixed' };

/**
 * The crossover: the smallest measured size from which the GPU's throughput beats the CPU workers'
 * at that size and at every larger one, with the size just below it. `gpu-always` when the GPU
 * wins at every size, `cpu-always` when at none, `mixed` when it wins somewhere but loses again
 * at the largest size (noise, or a size that no longer fits the GPU well).
 *
 * @param rows ascending by size
 */
export function findCrossover(rows: readonly ThroughputRow[]): Crossover {
  const measured = rows.filter((r) => r.gpu);
  if (measured.length === 0) return { kind: 'no-gpu' };
  const wins = measured.map((r) => r.gpu!.rate > r.cpu.rate);
  if (wins.every(Boolean)) return { kind: 'gpu-always' };
  if (!wins.some(Boolean)) return { kind: 'cpu-always' };
  if (!wins[wins.length - 1]) return { kind: 'mixed' };
  let first = wins.length - 1;
  while (first > 0 && wins[first - 1]) first--;
  return { kind: 'crossover', below: measured[first - 1]!, from: measured[first]! };
}
