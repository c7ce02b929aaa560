/**
 * Checks of "Predict the wall time of -j 2" (lesson 11): the learner's criticalPath and
 * wallTimeBound against src/workflow/graph-metrics.ts on graphs where the longest job, the longest
 * chain and work / j all differ, then on the word-count workflow with every job's time measured
 * here (the workflow runs in-process, one job at a time, on a memory store).
 */
import { attempt, expectClose, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';
import { executeJob, writeBooks } from '../../../../src/workflow/execute-job.ts';
import { criticalPath, totalWork, wallTimeBound, type TimedJob } from '../../../../src/workflow/graph-metrics.ts';
import { prepare, runPlan } from '../../../../src/workflow/run-workflow.ts';
import { plainLanes } from '../../../../src/workflow/scheduler.ts';
import { MemoryStore } from '../../../../src/workflow/store.ts';
import { bookNames, wordCountWorkflow } from '../../../../src/workflow/word-count-workflow.ts';

/** [name, jobs]: graphs with one right answer each. */
const GRAPHS: [string, TimedJob[]][] = [
  ['a chain of three', [{ id: 'a', ms: 3, deps: [] }, { id: 'b', ms: 4, deps: ['a'] }, { id: 'c', ms: 5, deps: ['b'] }]],
  ['four independent jobs', [1, 2, 3, 4].map((ms) => ({ id: `j${ms}`, ms, deps: [] }))],
  [
    'the longest job is not on the longest chain',
    [
      { id: 'big', ms: 10, deps: [] },
      { id: 's1', ms: 4, deps: [] },
      { id: 's2', ms: 4, deps: ['s1'] },
      { id: 's3', ms: 4, deps: ['s2'] },
      { id: 'end', ms: 1, deps: ['big', 's3'] },
    ],
  ],
  [
    'a diamond',
    [
      { id: 'top', ms: 2, deps: [] },
      { id: 'left', ms: 7, deps: ['top'] },
      { id: 'right', ms: 3, deps: ['top'] },
      { id: 'bottom', ms: 1, deps: ['left', 'right'] },
    ],
  ],
];

export const checks: ExerciseChecks = async (ctx) => {
  const cp = learnerFunction(ctx, 'criticalPath');
  const wb = learnerFunction(ctx, 'wallTimeBound');
  const results: CheckResult[] = [];
  if (!cp.ok) results.push(cp.result);
  if (!wb.ok) results.push(wb.result);
  if (!cp.ok || !wb.ok) return results;

  for (const [name, jobs] of GRAPHS) {
    const expected = criticalPath(jobs).length;
    const r = await attempt(ctx, `criticalPath: ${name}`, String(expected), () => cp.value(structuredClone(jobs)));
    results.push(r.ok ? expectClose(`criticalPath: ${name}`, expected, r.value, 1e-9, `work ${totalWork(jobs)} ms`) : r.result);
    for (const j of [1, 2, 3]) {
      const bound = wallTimeBound(jobs, j);
      const w = await attempt(ctx, `wallTimeBound(${name}, ${j})`, String(bound), () => wb.value(structuredClone(jobs), j));
      results.push(w.ok ? expectClose(`wallTimeBound: ${name}, -j ${j}`, bound, w.value, 1e-9) : w.result);
    }
  }
  if (results.some((r) => !r.ok)) return results;

  // The word-count workflow with job times measured here, one job at a time.
  const books = bookNames(4);
  const store = new MemoryStore();
  await writeBooks(store, books, 20_000);
  const { plan, dag } = await prepare(wordCountWorkflow({ books }), ['all'], store);
  const run = await runPlan(plan, { j: 1, runLanes: plainLanes, execute: (job) => executeJob(store, job) });
  const measured: TimedJob[] = run.records.map((r) => ({ id: r.job, ms: r.end - r.start, deps: [...dag.jobs.get(r.job)!.deps] }));
  const span = criticalPath(measured);
  const bound2 = wallTimeBound(measured, 2);
  const got = await attempt(ctx, 'wallTimeBound of the measured workflow, -j 2', bound2.toFixed(1), () => wb.value(structuredClone(measured), 2));
  if (!got.ok) return [...results, got.result];
  results.push(expectClose('wallTimeBound of the measured workflow, -j 2', bound2, got.value, 1e-6, `-j 1 took ${(run.endedAt - run.startedAt).toFixed(1)} ms here; critical path ${span.length.toFixed(1)} ms (${span.jobs.join(' → ')}); so -j 2 can take no less than ${bound2.toFixed(1)} ms and the speedup is at most ${(totalWork(measured) / bound2).toFixed(2)}.`));
  if (results.every((r) => r.ok)) results.push(pass('compare with a real run', 'Open the workflow lab and press "Measure -j 1, 2": the measured -j 2 wall time sits above this bound, by the workers\' overheads and by how the jobs happened to be scheduled.'));
  return results;
};
