/**
 * Checks of "Monte Carlo pi with a pool map" (lesson 04, after Aalto's "Python for Scientific
 * Computing" pool exercise): poolPi(10, 1e5, workers) must count every dart once, send its calls to
 * workers, and estimate pi within 4.5 standard errors (src/kernels/monte-carlo-pi.ts piEstimate;
 * a correct answer fails by chance about once in 150,000 checks). Then an advisory speedup:
 * 8 calls of a million darts on 1 worker against min(cores, 8) workers (warm-up, 3 repeats, medians).
 */
import { attempt, fail, learnerFunction, pass, speedCheck, timeRuns } from '../../../../src/exercises/check-helpers.ts';
import { piEstimate } from '../../../../src/kernels/monte-carlo-pi.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'poolPi');
  if (!f.ok) return [f.result];
  const poolPi = f.value;
  const results: CheckResult[] = [];
  const workers = Math.max(1, Math.min(ctx.cores, 8));

  const before = ctx.runtime.stats().tasks;
  const r = await attempt(ctx, `poolPi(10, 100000, ${workers})`, '{ n: 1000000, inside: … }', () => poolPi(10, 100_000, workers));
  if (!r.ok) return [r.result];
  const tasks = ctx.runtime.stats().tasks - before;
  const got = r.value as { n?: unknown; inside?: unknown } | null;
  if (!got || typeof got.n !== 'number' || typeof got.inside !== 'number') {
    return [fail(`poolPi(10, 100000, ${workers}) returns { n, inside }`, '{ n: 1000000, inside: a count }', JSON.stringify(got))];
  }
  results.push(
    got.n === 1_000_000
      ? pass('every dart counted once', '10 calls × 100,000 darts = 1,000,000')
      : fail('every dart counted once', 'n = 1000000 (10 calls × 100,000 darts)', `n = ${got.n}`),
  );
  results.push(
    tasks >= 10
      ? pass('the calls ran on workers', `${tasks} tasks went to ${workers} worker${workers === 1 ? '' : 's'}`)
      : fail('the calls ran on workers', '10 tasks sent to workers (one per call)', tasks === 0 ? 'none: everything ran on this thread' : String(tasks)),
  );
  if (got.n > 0) {
    const { estimate, standardError } = piEstimate({ n: got.n, inside: got.inside });
    const z = Math.abs(estimate - Math.PI) / standardError;
    results.push(
      z <= 4.5
        ? pass('the estimate is within statistical error', `4·inside/n = ${estimate.toFixed(5)}, ${z.toFixed(1)} standard errors (±${standardError.toFixed(5)}) from π`)
        : fail('the estimate is within statistical error', `π ± ${(4.5 * standardError).toFixed(5)} (4.5 standard errors)`, estimate.toFixed(5)),
    );
  }
  if (results.some((x) => !x.ok)) return results;

  const serial = await timeRuns(ctx, () => poolPi(8, 1_000_000, 1));
  const parallel = await timeRuns(ctx, () => poolPi(8, 1_000_000, workers));
  results.push(speedCheck(`speedup of 8 million darts on ${workers} workers`, serial, parallel, workers, ctx.cores));
  return results;
};
