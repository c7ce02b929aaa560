/**
 * Checks of "When does each result arrive" (lesson 16): the learner's finishTimes and firstResult
 * against a greedy schedule (each task to the first free worker, in input order) on runs with one
 * right answer each, and against src/labs/pool-lifecycle/order.ts, which the completion-order lab
 * uses to collect a real run the three ways.
 */
import { attempt, expectEqual, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';
import { collectWays } from '../../../../src/labs/pool-lifecycle/order.ts';

/** Finish times of a greedy schedule: the reference. */
function schedule(durations: readonly number[], workers: number): number[] {
  const free = new Array<number>(workers).fill(0);
  return durations.map((d) => {
    let w = 0;
    for (let i = 1; i < workers; i++) if (free[i]! < free[w]!) w = i;
    free[w] = free[w]! + d;
    return free[w]!;
  });
}

/** [name, durations, workers]. */
const RUNS: [string, number[], number][] = [
  ['the lab’s run: the first item is the slowest', [400, 100, 100, 100], 2],
  ['one worker', [30, 10, 20], 1],
  ['more workers than tasks', [50, 20, 70], 4],
  ['equal tasks on 3 workers', [10, 10, 10, 10, 10, 10, 10], 3],
  ['a slow task in the middle', [10, 10, 90, 10, 10, 10], 2],
];

export const checks: ExerciseChecks = async (ctx) => {
  const finish = learnerFunction(ctx, 'finishTimes');
  const first = learnerFunction(ctx, 'firstResult');
  const results: CheckResult[] = [];
  if (!finish.ok) results.push(finish.result);
  if (!first.ok) results.push(first.result);
  if (!finish.ok || !first.ok) return results;
  for (const [name, durations, workers] of RUNS) {
    const ends = schedule(durations, workers);
    const f = await attempt(ctx, `finishTimes: ${name}`, JSON.stringify(ends), () => finish.value([...durations], workers));
    results.push(f.ok ? expectEqual(`finishTimes: ${name} (${workers} workers)`, ends, f.value) : f.result);
    const ways = collectWays(ends.map((end, item) => ({ item, end })));
    for (const way of ways) {
      const expected = way.at[0]!;
      const r = await attempt(ctx, `firstResult(${way.way}): ${name}`, String(expected), () => first.value([...durations], workers, way.way));
      results.push(r.ok ? expectEqual(`firstResult, ${way.way}: ${name}`, expected, r.value) : r.result);
    }
  }
  if (results.every((r) => r.ok)) {
    results.push(pass('what it means', 'With the slowest task first, imap_unordered hands over results while map still waits for the last task: use it when the order does not matter, and put long tasks first so the pool stays busy.'));
  }
  return results;
};
