/**
 * Checks of "Size the library's team inside a pool" (lesson 15): the learner's threadsPerProcess
 * and oversubscription on allocations from 2 to 128 cores, pools smaller than, equal to and larger
 * than the allocation.
 */
import { attempt, expectClose, expectEqual, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

/** [cores, processes]: a laptop, a node shared by a pool, pools that do not divide the cores, pools larger than the allocation. */
const CASES: [number, number][] = [[4, 1], [4, 4], [8, 3], [2, 4], [48, 5], [128, 16], [14, 14], [12, 20]];

export const checks: ExerciseChecks = async (ctx) => {
  const tp = learnerFunction(ctx, 'threadsPerProcess');
  const os = learnerFunction(ctx, 'oversubscription');
  const results: CheckResult[] = [];
  if (!tp.ok) results.push(tp.result);
  if (!os.ok) results.push(os.result);
  if (!tp.ok || !os.ok) return results;
  for (const [cores, processes] of CASES) {
    const expected = Math.max(1, Math.floor(cores / processes));
    const r = await attempt(ctx, `threadsPerProcess(${cores}, ${processes})`, String(expected), () => tp.value(cores, processes));
    results.push(r.ok ? expectEqual(`threadsPerProcess(${cores}, ${processes})`, expected, r.value, `${processes} × ${expected} = ${processes * expected} threads on ${cores} cores`) : r.result);
    for (const threads of [1, expected, cores]) {
      const ratio = (processes * threads) / cores;
      const o = await attempt(ctx, `oversubscription(${cores}, ${processes}, ${threads})`, String(ratio), () => os.value(cores, processes, threads));
      results.push(o.ok ? expectClose(`oversubscription(${cores}, ${processes}, ${threads})`, ratio, o.value, 1e-12) : o.result);
    }
  }
  if (results.every((r) => r.ok)) {
    results.push(pass('the default', 'Unset, the library takes every core in every process: a pool of 8 processes on 8 cores then runs 64 threads, 8 per core. Setting the variable to the result of threadsPerProcess in the batch script (export PL_NUM_THREADS=…, or OMP_NUM_THREADS for NumPy) avoids it.'));
  }
  return results;
};
