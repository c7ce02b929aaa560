/**
 * Checks of "Find the cache steps in a latency curve" (lesson 16): the learner's cacheSteps and
 * fitsIn on curves with one right answer each, then on a pointer chase timed here (the lab's own
 * kernel, src/labs/measure-first/memory-kernels.ts) at 16 KB and 16 MB, reported for information.
 */
import { attempt, expectEqual, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';
import { chase, cyclicPermutation } from '../../../../src/labs/measure-first/memory-kernels.ts';

type Sample = { bytes: number; ns: number };
const KB = 1024;
const MB = 1024 * KB;

/** [name, samples, factor, steps, limit, fits]: curves with known steps and a known fit. */
const CURVES: [string, Sample[], number, number[], number, number][] = [
  ['three cache levels', [{ bytes: 4 * KB, ns: 1 }, { bytes: 32 * KB, ns: 1.1 }, { bytes: 64 * KB, ns: 4 }, { bytes: 512 * KB, ns: 4.5 }, { bytes: 2 * MB, ns: 14 }, { bytes: 64 * MB, ns: 90 }], 2, [64 * KB, 2 * MB, 64 * MB], 5, 512 * KB],
  ['a flat curve', [{ bytes: 4 * KB, ns: 2 }, { bytes: 8 * KB, ns: 2.1 }, { bytes: 16 * KB, ns: 2.05 }], 1.5, [], 2, 4 * KB],
  ['a gentle rise below the factor', [{ bytes: 4 * KB, ns: 1 }, { bytes: 8 * KB, ns: 1.9 }, { bytes: 16 * KB, ns: 3.6 }], 2, [], 0.5, 0],
  ['one step exactly at the factor is not a step', [{ bytes: 1 * MB, ns: 10 }, { bytes: 2 * MB, ns: 20 }, { bytes: 4 * MB, ns: 41 }], 2, [4 * MB], 20, 2 * MB],
];

/** ns per access of a pointer chase over `bytes` of Int32 (median of 3 after a warm-up). */
function timeChase(bytes: number): number {
  const next = cyclicPermutation(bytes / 4, 7);
  const steps = 1_000_000;
  chase(next, steps);
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    chase(next, steps);
    times.push(((performance.now() - t) * 1e6) / steps);
  }
  return times.sort((a, b) => a - b)[1]!;
}

export const checks: ExerciseChecks = async (ctx) => {
  const steps = learnerFunction(ctx, 'cacheSteps');
  const fits = learnerFunction(ctx, 'fitsIn');
  const results: CheckResult[] = [];
  if (!steps.ok) results.push(steps.result);
  if (!fits.ok) results.push(fits.result);
  if (!steps.ok || !fits.ok) return results;
  for (const [name, samples, factor, expected, limit, fitsExpected] of CURVES) {
    const s = await attempt(ctx, `cacheSteps: ${name}`, JSON.stringify(expected), () => steps.value(structuredClone(samples), factor));
    results.push(s.ok ? expectEqual(`cacheSteps: ${name} (factor ${factor})`, expected, s.value) : s.result);
    const f = await attempt(ctx, `fitsIn: ${name}`, String(fitsExpected), () => fits.value(structuredClone(samples), limit));
    results.push(f.ok ? expectEqual(`fitsIn: ${name} (at most ${limit} ns)`, fitsExpected, f.value) : f.result);
  }
  if (results.some((r) => !r.ok)) return results;
  const measured: Sample[] = [{ bytes: 16 * KB, ns: timeChase(16 * KB) }, { bytes: 16 * MB, ns: timeChase(16 * MB) }];
  const found = await attempt(ctx, 'cacheSteps on this browser', '', () => steps.value(structuredClone(measured), 2));
  if (!found.ok) return [...results, found.result];
  results.push(
    pass(
      'your machine',
      `A pointer chase here took ${measured[0]!.ns.toFixed(1)} ns per load at 16 KB (in the L1 cache) and ${measured[1]!.ns.toFixed(1)} ns at 16 MB (past most caches); your cacheSteps(…, 2) says ${JSON.stringify(found.value)}. The latency lab draws the whole curve.`,
    ),
  );
  return results;
};
