/**
 * One `snakemake` invocation against a file store: read the files' modification times, build
 * the DAG of the targets, decide which jobs are outdated, and (unless it is a dry run) schedule
 * them on at most `j` lanes. The lanes and the job runner are the caller's: workers of the pool
 * on the page (useWorkflowRun in src/labs/workflows), in-process in the Node tests.
 *
 * Pure apart from the store and the clock: any thread, and Node.
 */
import { buildDag, type Dag, type Job } from './dag.ts';
import { planJobs, type Plan } from './plan.ts';
import type { Workflow } from './rules.ts';
import { schedule, type ScheduleOptions, type ScheduleResult } from './scheduler.ts';
import type { FileStore } from './store.ts';

/** The DAG and plan of a set of targets on the store's current files. */
export interface Prepared {
  dag: Dag;
  plan: Plan;
  /** Modification time of every file in the store before the run (ms since the epoch). */
  mtimes: Map<string, number>;
}

/**
 * Builds the DAG of `targets` on `store` and plans the outdated jobs.
 * @throws WorkflowError for a missing input, an ambiguous rule, a cycle or an unknown target
 */
export async function prepare(workflow: Workflow, targets: readonly string[], store: FileStore): Promise<Prepared> {
  const mtimes = await store.list();
  const dag = buildDag(workflow, targets, (f) => mtimes.has(f));
  return { dag, plan: planJobs(dag, (f) => mtimes.get(f)), mtimes };
}

/**
 * Runs the plan's jobs (see {@link schedule}: at most `j` at once, dependencies first, a failure
 * stops its dependents).
 */
export function runPlan<W>(plan: Plan, options: ScheduleOptions<W>): Promise<ScheduleResult> {
  return schedule<W>(plan.jobs as Job[], options);
}
