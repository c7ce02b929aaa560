/**
 * The SLURM_* environment a batch job's script sees, as Slurm 22.05 sets it for the batch step:
 * the job id and name, the node, the tasks and cores allocated, and for an array task its index
 * and the array's range. Also the names of the job's output files (`%j`, `%A`, `%a`, `%x`).
 * Pure: any thread, and Node.
 *
 * Source: the sbatch manual page, "OUTPUT ENVIRONMENT VARIABLES" and "filename pattern"; the set
 * of variables compared with a real job's `env` on the test cluster (cluster/lesson-batch.test.ts).
 * SLURM_CPUS_PER_TASK is set only when the job asked for --cpus-per-task, SLURM_NTASKS only
 * when it asked for --ntasks, as in real Slurm.
 */
import type { Allocation, ClusterNode } from './allocation.ts';
import type { ArraySpec } from './job-array.ts';
import type { JobRequest } from './parse-script.ts';

/** Where one job (or one array task) runs. */
export interface JobIdentity {
  /** SLURM_JOB_ID: this job's (or this task's) own id. */
  jobId: number;
  /** Name (--job-name, else the script's file name). */
  name: string;
  /** For an array task: the array's id (the id sbatch printed) and this task's index. */
  array?: { arrayJobId: number; taskId: number; spec: ArraySpec };
  /** The submit directory (SLURM_SUBMIT_DIR). */
  submitDir: string;
}

/**
 * The SLURM_* variables of the batch step of a job, sorted by name.
 */
export function jobEnvironment(request: JobRequest, allocation: Allocation, node: ClusterNode, job: JobIdentity): Record<string, string> {
  const env: Record<string, string> = {
    SLURM_JOB_ID: String(job.jobId),
    SLURM_JOBID: String(job.jobId),
    SLURM_JOB_NAME: job.name,
    SLURM_JOB_NODELIST: node.name,
    SLURM_NODELIST: node.name,
    SLURM_JOB_NUM_NODES: '1',
    SLURM_NNODES: '1',
    SLURM_JOB_PARTITION: node.partition,
    SLURM_CPUS_ON_NODE: String(allocation.cores),
    SLURM_JOB_CPUS_PER_NODE: String(allocation.cores),
    SLURM_SUBMIT_DIR: job.submitDir,
    SLURMD_NODENAME: node.name,
  };
  if (request.ntasks !== null) {
    env.SLURM_NTASKS = String(allocation.ntasks);
    env.SLURM_NPROCS = String(allocation.ntasks);
  }
  if (request.cpusPerTask !== null) env.SLURM_CPUS_PER_TASK = String(allocation.cpusPerTask);
  if (job.array) {
    const { indices } = job.array.spec;
    env.SLURM_ARRAY_JOB_ID = String(job.array.arrayJobId);
    env.SLURM_ARRAY_TASK_ID = String(job.array.taskId);
    env.SLURM_ARRAY_TASK_COUNT = String(indices.length);
    env.SLURM_ARRAY_TASK_MIN = String(indices[0]);
    env.SLURM_ARRAY_TASK_MAX = String(indices.at(-1));
    env.SLURM_ARRAY_TASK_STEP = String(arrayStep(indices));
  }
  return Object.fromEntries(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)));
}

/** The step Slurm reports for an array: the one step between all indices, else 1. */
function arrayStep(indices: readonly number[]): number {
  if (indices.length < 2) return 1;
  const step = indices[1]! - indices[0]!;
  return indices.every((x, i) => i === 0 || x - indices[i - 1]! === step) ? step : 1;
}

/**
 * The file name of a job's output (`--output`) or error (`--error`) pattern: `%j` job id, `%J`
 * job id (the batch step has no step number), `%A` array job id, `%a` array index, `%x` job name,
 * `%N` node, `%u` user, `%%` a percent sign. Without a pattern: `slurm-%j.out`, or for an array
 * task `slurm-%A_%a.out`.
 */
export function outputFileName(pattern: string | null, job: JobIdentity, node: ClusterNode, user = 'you'): string {
  const p = pattern ?? (job.array ? 'slurm-%A_%a.out' : 'slurm-%j.out');
  const values: Record<string, string> = {
    j: String(job.jobId),
    J: String(job.jobId),
    A: String(job.array?.arrayJobId ?? job.jobId),
    a: job.array ? String(job.array.taskId) : '4294967294',
    x: job.name,
    N: node.name,
    u: user,
    '%': '%',
  };
  return p.replace(/%(\d*)([jJAaxNu%])/g, (whole, width: string, key: string) => {
    const v = values[key] ?? whole;
    return width ? v.padStart(Number(width), '0') : v;
  });
}
