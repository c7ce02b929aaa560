/**
 * From what a job asks for to what a one-node cluster gives it: the allocation (tasks, cores per
 * task, cores in all), or sbatch's refusal when the node cannot hold it. Also the charge of a job,
 * in core-hours and node-hours. Pure: any thread, and Node.
 *
 * Source: the sbatch manual page (`--ntasks` defaults to one task, `--cpus-per-task` to one core
 * per task; a job is given ntasks × cpus-per-task cores) and Slurm's refusal "Requested node
 * configuration is not available" for a request no node can hold (checked with real sbatch by
 * cluster/lesson-batch.test.ts).
 */
import type { JobRequest } from './parse-script.ts';

/** The modelled cluster: one node. */
export interface ClusterNode {
  /** Node name (SLURMD_NODENAME, SLURM_JOB_NODELIST). */
  name: string;
  /** Its cores, the most one job can be given. */
  cores: number;
  /** Its partition (SLURM_JOB_PARTITION). */
  partition: string;
}

/** What a job was given. */
export interface Allocation {
  /** Tasks (SLURM_NTASKS): how many copies `srun` starts. */
  ntasks: number;
  /** Cores per task (SLURM_CPUS_PER_TASK when --cpus-per-task was given). */
  cpusPerTask: number;
  /** Cores in all (SLURM_CPUS_ON_NODE): ntasks × cpusPerTask. */
  cores: number;
  /** Time limit in minutes, null for none. */
  timeMinutes: number | null;
}

/** The allocation, or the message sbatch gives when the node cannot hold the request. */
export type AllocationResult = { ok: true; value: Allocation } | { ok: false; error: string };

/**
 * The allocation a one-node cluster gives `request`. A job without `--time` gets no limit (the
 * partition's MaxTime, INFINITE on the test cluster).
 */
export function allocate(request: JobRequest, node: ClusterNode): AllocationResult {
  const ntasks = request.ntasks ?? 1;
  const cpusPerTask = request.cpusPerTask ?? 1;
  const cores = ntasks * cpusPerTask;
  const unavailable = 'Requested node configuration is not available';
  if (request.nodes && request.nodes.min > 1) {
    return { ok: false, error: `${unavailable}: the job asks for at least ${request.nodes.min} nodes, and this cluster has one.` };
  }
  if (cores > node.cores) {
    const how = request.cpusPerTask !== null && ntasks > 1 ? `${ntasks} tasks × ${cpusPerTask} cores = ${cores} cores` : `${cores} cores`;
    return { ok: false, error: `${unavailable}: the job asks for ${how}, and the node has ${node.cores}.` };
  }
  return { ok: true, value: { ntasks, cpusPerTask, cores, timeMinutes: request.timeMinutes ?? null } };
}

/** What a job costs: cores × elapsed time, and the node-hours of a cluster that charges whole nodes. */
export interface JobCharge {
  /** Core-hours: allocated cores × elapsed hours (what `sacct` calls CPUTime). */
  coreHours: number;
  /** Node-hours if the cluster gives whole nodes only: nodes × elapsed hours. */
  nodeHours: number;
}

/**
 * The charge of a job that held `cores` cores on `nodes` nodes for `elapsedSeconds`.
 * @param elapsedSeconds wall time from start to end, seconds
 */
export function jobCharge(cores: number, nodes: number, elapsedSeconds: number): JobCharge {
  const hours = elapsedSeconds / 3600;
  return { coreHours: cores * hours, nodeHours: nodes * hours };
}
