/**
 * Checks of "A task farm: at most P at a time" (lesson 05, xargs -P from the ADACS workshop):
 * the learner's farm(tasks, P) runs timed tasks (timers standing in for external jobs); the check
 * records every start and end and verifies results in order, never more than P running, and that
 * each task starts when a slot frees up: task k (k >= P) must start within 40 ms of the
 * (k - P + 1)-th completion, as a greedy farm does.
 */
import { attempt, expectEqual, fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckContext, CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const SLACK_MS = 40;

interface Trace {
  start: number[];
  end: number[];
  maxRunning: number;
}

function timedTasks(ctx: CheckContext, durations: readonly number[]): { tasks: (() => Promise<string>)[]; trace: Trace } {
  const trace: Trace = { start: [], end: [], maxRunning: 0 };
  let running = 0;
  const t0 = ctx.now();
  const tasks = durations.map(
    (ms, k) => () =>
      new Promise<string>((resolve) => {
        trace.start[k] = ctx.now() - t0;
        running++;
        trace.maxRunning = Math.max(trace.maxRunning, running);
        setTimeout(() => {
          running--;
          trace.end[k] = ctx.now() - t0;
          resolve(`result ${k}`);
        }, ms);
      }),
  );
  return { tasks, trace };
}

async function farmCase(ctx: CheckContext, farm: (...args: unknown[]) => unknown, durations: number[], P: number): Promise<CheckResult[]> {
  const name = `${durations.length} tasks of ${durations.join('/')} ms with P = ${P}`;
  const { tasks, trace } = timedTasks(ctx, durations);
  const run = await attempt(ctx, name, 'the results in task order', () => farm(tasks, P));
  if (!run.ok) return [run.result];
  const results: CheckResult[] = [expectEqual(`${name}: results in task order`, durations.map((_, k) => `result ${k}`), run.value)];
  const started = trace.start.filter((s) => s !== undefined).length;
  if (started !== durations.length) {
    results.push(fail(`${name}: every task runs once`, `${durations.length} tasks started`, `${started}`));
    return results;
  }
  if (trace.maxRunning > P) {
    results.push(fail(`${name}: at most ${P} at once`, `at most ${P} tasks running`, `${trace.maxRunning} running at the same time`));
    return results;
  }
  const ends = [...trace.end].sort((a, b) => a - b);
  let worst = { k: -1, late: 0, due: 0 };
  for (let k = P; k < durations.length; k++) {
    const due = ends[k - P]!;
    const late = trace.start[k]! - due;
    if (late > worst.late) worst = { k, late, due };
  }
  results.push(
    worst.late <= SLACK_MS
      ? pass(`${name}: no slot waits`, `Every task started within ${SLACK_MS} ms of a slot freeing up; all done after ${Math.max(...trace.end).toFixed(0)} ms.`)
      : fail(
          `${name}: no slot waits`,
          `task ${worst.k} starts when a slot frees up, at about ${worst.due.toFixed(0)} ms`,
          `it started at ${trace.start[worst.k]!.toFixed(0)} ms, ${worst.late.toFixed(0)} ms late`,
          `Starts: ${trace.start.map((s) => s.toFixed(0)).join(', ')} ms.`,
        ),
  );
  return results;
}

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'farm');
  if (!f.ok) return [f.result];
  return [
    ...(await farmCase(ctx, f.value, [300, 100, 100, 100, 100, 100], 2)),
    ...(await farmCase(ctx, f.value, [100, 250, 100, 100, 250, 100, 100], 3)),
    ...(await farmCase(ctx, f.value, [60, 60, 60], 1)),
    ...(await farmCase(ctx, f.value, [80, 80], 4)),
  ];
};
