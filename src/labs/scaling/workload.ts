/**
 * The tunable workload of the scaling lab, after the idea of HPC Carpentry's `amdahl` program:
 * a job with a total amount of work W (here counted in sin evaluations) of which a fraction f is
 * serial. A run does the serial part on one worker (rank 0) while the others wait, then splits the
 * parallel part evenly among p workers.
 *
 * - Strong scaling: W is fixed; the parallel part (1 - f) W is shared by the p workers.
 * - Weak scaling: every worker gets (1 - f) W of parallel work, so the parallel part is
 *   p (1 - f) W and grows with p while the serial part f W stays the same.
 *
 * Pure: any thread, and Node.
 */

/** Strong scaling (fixed total work) or weak scaling (work grows with the workers). */
export type ScalingMode = 'strong' | 'weak';

/** What one run on p workers computes. */
export interface WorkloadPlan {
  /** Sin evaluations of the serial part, done by worker 0 alone. */
  serial: number;
  /** Sin evaluations of the parallel part per worker, one entry per worker (rank order). */
  shares: number[];
}

/**
 * Splits a workload for one run.
 *
 * @param work W, the total work of the one-worker problem in sin evaluations (positive integer)
 * @param serialFraction f in [0, 1], the share of W that only one worker can do
 * @param mode strong (W fixed) or weak (parallel part multiplied by p)
 * @param workers p, a positive integer
 * @returns the serial evaluations and the parallel evaluations of each worker; shares differ by at
 *   most one evaluation
 * @throws RangeError on a non-integer or non-positive W or p, or f outside [0, 1]
 */
export function planWorkload(work: number, serialFraction: number, mode: ScalingMode, workers: number): WorkloadPlan {
  if (!Number.isSafeInteger(work) || work < 1) throw new RangeError(`work must be a positive integer, got ${work}`);
  if (!(serialFraction >= 0 && serialFraction <= 1)) throw new RangeError(`the serial fraction must be in [0, 1], got ${serialFraction}`);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const serial = Math.round(serialFraction * work);
  const parallel = work - serial;
  if (mode === 'weak') return { serial, shares: Array.from({ length: workers }, () => parallel) };
  const base = Math.floor(parallel / workers);
  const extra = parallel % workers;
  return { serial, shares: Array.from({ length: workers }, (_, k) => base + (k < extra ? 1 : 0)) };
}

/**
 * The busy work itself: `evaluations` evaluations of sin, summed so the engine cannot skip them.
 * Cost: about 10 ns per evaluation on a current laptop core. Any thread (runs in the workers).
 *
 * @param evaluations number of sin evaluations (non-negative integer)
 * @param phase offset of the arguments, so different ranks compute different numbers
 * @returns the sum of sin(1e-3 i + phase) for i in [0, evaluations)
 */
export function busyWork(evaluations: number, phase = 0): number {
  let sum = 0;
  for (let i = 0; i < evaluations; i++) sum += Math.sin(1e-3 * i + phase);
  return sum;
}
