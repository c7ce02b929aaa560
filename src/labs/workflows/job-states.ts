/**
 * The state of every job as the lab shows it (waiting, running, done, failed, skipped, up to
 * date), the one-line summary of the DAG ("all done: 20 of 20 jobs"), and the work-span figures
 * of a finished run. Pure: any thread, and Node.
 */
import type { Dag } from '../../workflow/dag.ts';
import { criticalPath, dagWidth, totalWork, type TimedJob } from '../../workflow/graph-metrics.ts';
import type { Plan } from '../../workflow/plan.ts';
import type { JobRecord, JobState } from '../../workflow/scheduler.ts';

/** What the DAG view shows for a job. */
export type ShownState = JobState | 'up-to-date';

/** Text of each state, shown in the node beside its colour. */
export const STATE_TEXT: Record<ShownState, string> = {
  waiting: 'waiting',
  running: 'running',
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
  'up-to-date': 'up to date',
};

/** Before a run: the plan's jobs wait, the others are up to date. */
export function initialStates(dag: Dag, plan: Plan): Map<string, ShownState> {
  const runs = new Set(plan.jobs.map((j) => j.id));
  return new Map(dag.order.map((id) => [id, runs.has(id) ? 'waiting' : 'up-to-date']));
}

/**
 * One line on the DAG: "all done" when every job that had to run finished (or nothing had to),
 * otherwise the count per state.
 */
export function dagSummary(states: ReadonlyMap<string, ShownState>): { text: string; allDone: boolean } {
  const counts = new Map<ShownState, number>();
  for (const s of states.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = states.size;
  const finished = (counts.get('done') ?? 0) + (counts.get('up-to-date') ?? 0);
  if (total > 0 && finished === total) {
    const ran = counts.get('done') ?? 0;
    return { text: `all done: ${ran} of ${total} jobs ran, ${total - ran} were up to date`, allDone: true };
  }
  const order: ShownState[] = ['running', 'waiting', 'done', 'failed', 'skipped', 'up-to-date'];
  return { text: order.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${STATE_TEXT[s]}`).join(', '), allDone: false };
}

/** Work, span and width of the jobs that ran, from their measured durations (ms). */
export interface WorkSpan {
  /** Sum of the job durations: the wall time of -j 1 without overheads. */
  work: number;
  /** The critical path's length and jobs. */
  span: number;
  path: string[];
  /** Most jobs on one level of the DAG of the jobs that ran. */
  width: number;
  /** work / span: no -j can give more speedup than this. */
  parallelism: number;
}

/**
 * The work-span figures of a run, from its records (each job's duration = its record's end -
 * start) and the DAG's edges among the jobs that ran.
 * @returns null when no job ran
 */
export function workSpan(dag: Dag, records: readonly JobRecord[]): WorkSpan | null {
  if (records.length === 0) return null;
  const ran = new Map(records.map((r) => [r.job, r.end - r.start]));
  const jobs: TimedJob[] = [...ran].map(([id, ms]) => ({ id, ms, deps: (dag.jobs.get(id)?.deps ?? []).filter((d) => ran.has(d)) }));
  const cp = criticalPath(jobs);
  const work = totalWork(jobs);
  return { work, span: cp.length, path: cp.jobs, width: dagWidth(jobs), parallelism: cp.length > 0 ? work / cp.length : 1 };
}
