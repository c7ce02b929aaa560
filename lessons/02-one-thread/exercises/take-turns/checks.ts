/**
 * Checks of "Take turns: slice a long loop" (lesson 02, the event loop as the browser's GIL):
 * the learner's sumRoots(n, slice) gives the right sum of sqrt(i), and while it runs a 10 ms timer
 * gets a turn at least once per 100 ms of summing on average. Reports the longest blocked stretch.
 */
import { attempt, expectClose, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const N = 100_000_000;
const SLICE = 1_000_000;
const MAX_BLOCKED_MS = 100;

/** sum_{i=0}^{n-1} sqrt(i), added in order (what a plain loop gives). */
function sumRootsReference(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.sqrt(i);
  return total;
}

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'sumRoots');
  if (!f.ok) return [f.result];
  const sumRoots = f.value;
  const results: CheckResult[] = [];

  const small = await attempt(ctx, 'sumRoots(10, 3)', sumRootsReference(10).toFixed(12), () => sumRoots(10, 3));
  if (!small.ok) return [small.result];
  results.push(expectClose('sumRoots(10, 3) is the sum of sqrt(0) … sqrt(9)', sumRootsReference(10), small.value, 1e-12));

  let last = ctx.now();
  let worst = 0;
  let ticks = 0;
  const tick = () => {
    const now = ctx.now();
    worst = Math.max(worst, now - last);
    last = now;
    ticks++;
  };
  const timer = setInterval(tick, 10);
  const t0 = ctx.now();
  const big = await attempt(ctx, `sumRoots(${N}, ${SLICE})`, 'a number', () => sumRoots(N, SLICE));
  tick();
  clearInterval(timer);
  const ms = ctx.now() - t0;
  if (!big.ok) return [...results, big.result];
  const reference = sumRootsReference(N);
  results.push(expectClose(`sumRoots(${N.toLocaleString('en')}, ${SLICE.toLocaleString('en')}) is right`, reference, big.value, reference * 1e-12));
  // Ticks, not the single worst gap: on a busy machine the OS may pause any thread now and then,
  // but a thread that takes turns lets the timer in about every slice.
  const during = ticks - 1;
  const needed = Math.max(5, Math.floor(ms / MAX_BLOCKED_MS));
  results.push(
    during >= needed
      ? pass('the thread takes turns', `The 10 ms timer ran ${during} times during ${ms.toFixed(0)} ms of summing (at least once per ${MAX_BLOCKED_MS} ms on average); longest blocked stretch ${worst.toFixed(0)} ms.`)
      : fail(
          'the thread takes turns',
          `the 10 ms timer gets a turn at least ${needed} times (once per ${MAX_BLOCKED_MS} ms of summing)`,
          `${during} time${during === 1 ? '' : 's'} in ${ms.toFixed(0)} ms; longest blocked stretch ${worst.toFixed(0)} ms`,
          'While the loop runs nothing else on the thread can: no timer, no message, no click.',
        ),
  );
  return results;
};
