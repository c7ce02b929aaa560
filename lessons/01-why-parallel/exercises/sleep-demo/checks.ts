/**
 * Checks of "The sleep demo on your own workers" (lesson 01, after the HPC2N course's sleep demo):
 * the naps come back in order, they ran as tasks on workers, and four 300 ms naps take clearly
 * less than the 1.2 s they take in a row (after a warm-up call of four short naps that starts the
 * workers, so start-up is not timed).
 */
import { attempt, expectEqual, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const NAPS = [300, 300, 300, 300];

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'napAll');
  if (!f.ok) return [f.result];
  const napAll = f.value;
  const results: CheckResult[] = [];

  const warm = await attempt(ctx, 'napAll([50, 60, 70, 80]) returns the naps in order', '[50, 60, 70, 80]', () => napAll([50, 60, 70, 80]));
  if (!warm.ok) return [warm.result];
  results.push(expectEqual('napAll([50, 60, 70, 80]) returns the naps in order', [50, 60, 70, 80], warm.value));

  const before = ctx.runtime.stats().tasks;
  const t0 = ctx.now();
  const timed = await attempt(ctx, `napAll(${JSON.stringify(NAPS)})`, JSON.stringify(NAPS), () => napAll(NAPS));
  const ms = ctx.now() - t0;
  if (!timed.ok) return [...results, timed.result];
  const tasks = ctx.runtime.stats().tasks - before;
  results.push(
    tasks >= NAPS.length
      ? pass('the naps ran on workers', `${tasks} tasks went to workers`)
      : fail('the naps ran on workers', `${NAPS.length} tasks sent to workers (one per nap)`, tasks === 0 ? 'none: every nap ran on this thread' : `${tasks}`),
  );
  const serial = NAPS.reduce((a, b) => a + b, 0);
  const limit = 0.75 * serial;
  results.push(
    ms < limit
      ? pass('the naps overlap', `${NAPS.length} naps of ${NAPS[0]} ms took ${ms.toFixed(0)} ms, against ${serial} ms in a row: a speedup of ${(serial / ms).toFixed(1)}× (sleeping needs no core, so it does not depend on your ${ctx.cores} cores).`)
      : fail('the naps overlap', `less than ${limit.toFixed(0)} ms (in a row they take ${serial} ms)`, `${ms.toFixed(0)} ms`),
  );
  return results;
};
