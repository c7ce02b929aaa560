/**
 * Checks of "Take turns: slice a long loop" (lesson 02, the event loop as the browser's GIL):
 * the learner's sumSines(n, slice) gives the right sum (closed form of sum sin(i)), and while it
 * runs a 10 ms timer is never held up for 100 ms or more. Reports the cost of the turns.
 */
import { attempt, expectClose, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const N = 50_000_000;
const SLICE = 1_000_000;
const MAX_BLOCKED_MS = 100;

/** sum_{i=0}^{n-1} sin(i) = sin((n-1)/2) sin(n/2) / sin(1/2). */
function sumSinesExact(n: number): number {
  return (Math.sin((n - 1) / 2) * Math.sin(n / 2)) / Math.sin(0.5);
}

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'sumSines');
  if (!f.ok) return [f.result];
  const sumSines = f.value;
  const results: CheckResult[] = [];

  const small = await attempt(ctx, 'sumSines(10, 3)', sumSinesExact(10).toFixed(12), () => sumSines(10, 3));
  if (!small.ok) return [small.result];
  results.push(expectClose('sumSines(10, 3) is the sum of sin(0) … sin(9)', sumSinesExact(10), small.value, 1e-12));

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
  const big = await attempt(ctx, `sumSines(${N}, ${SLICE})`, 'a number', () => sumSines(N, SLICE));
  tick();
  clearInterval(timer);
  const ms = ctx.now() - t0;
  if (!big.ok) return [...results, big.result];
  results.push(expectClose(`sumSines(${N.toLocaleString('en')}, ${SLICE.toLocaleString('en')}) is right`, sumSinesExact(N), big.value, 1e-6));
  results.push(
    worst < MAX_BLOCKED_MS
      ? pass('the thread takes turns', `Longest blocked stretch ${worst.toFixed(0)} ms; the 10 ms timer ticked ${ticks} times during ${ms.toFixed(0)} ms of summing.`)
      : fail('the thread takes turns', `no blocked stretch of ${MAX_BLOCKED_MS} ms or more`, `blocked for ${worst.toFixed(0)} ms at a stretch`, `The timer ticked ${ticks - 1} times in ${ms.toFixed(0)} ms instead of about ${Math.round(ms / 10)}: nothing else could run.`),
  );
  return results;
};
