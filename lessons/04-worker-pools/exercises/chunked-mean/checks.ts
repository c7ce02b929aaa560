/**
 * Checks of "The course's chunked mean with a pool" (lesson 04, after the HPC2N course's
 * "Parallelizing a for loop workflow" exercise: ID 1..10000, Value 3, 5, 7, ..., mean 10002):
 * calculateSum on small chunks, chunkedMean on the course's table with chunks of 1000 on 4
 * workers (its chunks must go to workers), with chunks of 3000 (a short last chunk), and on a
 * column of random integers, so a hard-coded 10002 cannot pass.
 */
import { attempt, expectClose, expectEqual, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import { Xoshiro128 } from '../../../../src/kernels/xoshiro128.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const VALUES = Array.from({ length: 10000 }, (_, i) => 3 + 2 * i);

export const checks: ExerciseChecks = async (ctx) => {
  const cs = learnerFunction(ctx, 'calculateSum');
  const cm = learnerFunction(ctx, 'chunkedMean');
  const results: CheckResult[] = [];
  if (!cs.ok) results.push(cs.result);
  if (!cm.ok) results.push(cm.result);
  if (!cs.ok || !cm.ok) return results;

  for (const [chunk, want] of [
    [[1, 2, 3], 6],
    [[], 0],
    [[3, 5, 7, 9], 24],
  ] as [number[], number][]) {
    const r = await attempt(ctx, `calculateSum(${JSON.stringify(chunk)})`, String(want), () => cs.value(chunk));
    results.push(r.ok ? expectEqual(`calculateSum(${JSON.stringify(chunk)})`, want, r.value) : r.result);
  }

  const before = ctx.runtime.stats().tasks;
  const course = await attempt(ctx, 'the course\'s table, chunks of 1000 on 4 workers', '10002', () => cm.value(VALUES, 1000, 4));
  const tasks = ctx.runtime.stats().tasks - before;
  if (!course.ok) return [...results, course.result];
  results.push(expectEqual('the course\'s table, chunks of 1000 on 4 workers', 10002, course.value, 'mean of 3, 5, …, 20001'));
  results.push(
    tasks >= 10
      ? pass('the 10 chunks were summed on workers', `${tasks} tasks`)
      : fail('the 10 chunks were summed on workers', '10 tasks sent to workers', String(tasks)),
  );

  const uneven = await attempt(ctx, 'chunks of 3000 (the last one is short)', '10002', () => cm.value(VALUES, 3000, 2));
  results.push(uneven.ok ? expectEqual('chunks of 3000 (the last one is short)', 10002, uneven.value) : uneven.result);

  const rng = new Xoshiro128(99);
  const random = Array.from({ length: 2345 }, () => Math.floor(rng.nextDouble() * 1000));
  const mean = random.reduce((a, b) => a + b, 0) / random.length;
  const other = await attempt(ctx, '2345 random integers, chunks of 7', String(mean), () => cm.value(random, 7, 2));
  results.push(other.ok ? expectClose('2345 random integers, chunks of 7', mean, other.value, 1e-9) : other.result);
  return results;
};
