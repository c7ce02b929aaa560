/**
 * Which jobs of a DAG must run, and why, by Snakemake's rules on modification times: a job runs
 * when an output is missing, when an input is newer than its oldest output, or when a job it
 * depends on runs (its inputs are about to change). A job without outputs (`rule all`) runs only
 * when something it needs runs. The dry run (`snakemake -n`) prints this plan without running it.
 *
 * Pure: any thread, and Node.
 */
import { jobInputs, jobOutputs, type Dag, type Job } from './dag.ts';

/** Why a job will run. */
export interface RunReason {
  kind: 'missing-output' | 'updated-input' | 'upstream';
  /** The file concerned (the missing output, the newer input, the input an upstream job will make). */
  file: string;
  /** For `upstream`: the job that will remake `file`. */
  job?: string;
}

/** The jobs to run, in topological order, each with its reason. */
export interface Plan {
  /** Jobs that will run, in DAG order. */
  jobs: readonly Job[];
  /** Why each one runs, by job id. */
  reasons: ReadonlyMap<string, RunReason>;
  /** Jobs of the DAG that are up to date. */
  upToDate: readonly string[];
}

/**
 * Decides which jobs of `dag` run, from the files' modification times.
 *
 * @param mtime modification time of a file (ms since the epoch), or undefined when it is absent
 */
export function planJobs(dag: Dag, mtime: (file: string) => number | undefined): Plan {
  const runs = new Map<string, RunReason>();
  const producer = new Map<string, string>();
  for (const id of dag.order) for (const f of jobOutputs(dag.jobs.get(id)!)) producer.set(f, id);
  const upToDate: string[] = [];
  for (const id of dag.order) {
    const job = dag.jobs.get(id)!;
    const outs = jobOutputs(job);
    const ins = jobInputs(job);
    let reason: RunReason | undefined;
    const upstream = ins.find((f) => {
      const p = producer.get(f);
      return p !== undefined && runs.has(p);
    });
    const missing = outs.find((f) => mtime(f) === undefined);
    if (missing !== undefined) reason = { kind: 'missing-output', file: missing };
    else if (upstream !== undefined) reason = { kind: 'upstream', file: upstream, job: producer.get(upstream)! };
    else if (outs.length > 0) {
      const oldest = Math.min(...outs.map((f) => mtime(f)!));
      const newer = ins.find((f) => (mtime(f) ?? Number.NEGATIVE_INFINITY) > oldest);
      if (newer !== undefined) reason = { kind: 'updated-input', file: newer };
    }
    if (reason) runs.set(id, reason);
    else upToDate.push(id);
  }
  return { jobs: dag.order.filter((id) => runs.has(id)).map((id) => dag.jobs.get(id)!), reasons: runs, upToDate };
}

/** One line of a reason, in Snakemake's wording. */
export function describeReason(reason: RunReason): string {
  if (reason.kind === 'missing-output') return `Missing output files: ${reason.file}`;
  if (reason.kind === 'updated-input') return `Updated input files: ${reason.file}`;
  return `Input files updated by another job: ${reason.file} (${reason.job})`;
}

/**
 * The text of a dry run (`snakemake -n`): one block per job in the order they may run, then the
 * job counts per rule, or "Nothing to be done." when everything is up to date.
 */
export function dryRunText(plan: Plan): string {
  if (plan.jobs.length === 0) return 'Nothing to be done (all requested files are present and up to date).';
  const lines: string[] = [];
  for (const job of plan.jobs) {
    lines.push(`rule ${job.rule}:`);
    const ins = jobInputs(job);
    const outs = jobOutputs(job);
    if (ins.length) lines.push(`    input: ${ins.join(', ')}`);
    if (outs.length) lines.push(`    output: ${outs.join(', ')}`);
    if (Object.keys(job.wildcards).length) lines.push(`    wildcards: ${Object.entries(job.wildcards).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    lines.push(`    reason: ${describeReason(plan.reasons.get(job.id)!)}`);
    lines.push('');
  }
  const counts = new Map<string, number>();
  for (const job of plan.jobs) counts.set(job.rule, (counts.get(job.rule) ?? 0) + 1);
  lines.push('Job stats:', 'job            count', '-------------  -------');
  for (const [rule, n] of counts) lines.push(`${rule.padEnd(13)}  ${String(n).padStart(7)}`);
  lines.push(`${'total'.padEnd(13)}  ${String(plan.jobs.length).padStart(7)}`, '', 'This was a dry-run (flag -n). The order of jobs does not reflect the order of execution.');
  return lines.join('\n');
}
