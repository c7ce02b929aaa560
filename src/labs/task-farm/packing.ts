/**
 * Job packing arithmetic: how many batch jobs, node-hours and scheduler overhead a set of
 * independent tasks costs when each task is its own job, when a node is packed with as many tasks
 * as fit, and when each job runs a task farm (`xargs -P`) over many tasks.
 *
 * Source: the ADACS "Parallel Computing" workshop (task parallelism and job packing): 1000 six-hour
 * one-core tasks on 48-core nodes cost 6000 node-hours as one job per task but 21 jobs (126
 * node-hours) when packed; a 10 GB task packs only 19 to a 192 GB node; for ten million
 * 20-second tasks, ~30 s of scheduling per job dominates unless 10 000 tasks share one batch job
 * with 32 running at a time.
 *
 * Model: nodes are allocated whole; a job occupies its node for its waves of tasks plus the
 * scheduler overhead (allocation and clean-up), counted separately. Pure: any thread, and Node.
 */
import { formatCount } from '../kit/format.ts';

/** Inputs of {@link computePacking}, in plain units. */
export interface PackingInput {
  /** Number of independent tasks (positive integer). */
  tasks: number;
  /** Run time of one task on one core (s, > 0). */
  taskSeconds: number;
  /** Cores per node (positive integer). */
  coresPerNode: number;
  /** Memory per node (GB, > 0). */
  memoryPerNodeGB: number;
  /** Peak memory of one task (GB, >= 0, at most memoryPerNodeGB). */
  memoryPerTaskGB: number;
  /** Scheduler overhead per job: queueing machinery, allocation and clean-up (s, >= 0). */
  overheadSeconds: number;
  /** Tasks per job for the task-farm strategy (positive integer); omit to skip that strategy. */
  tasksPerJob?: number;
  /** At most this many tasks at once inside a farm job (`xargs -P`); default: as many as fit. */
  maxParallel?: number;
}

/** Cost of one way of submitting the tasks. */
export interface StrategyCost {
  /** Short identifier. */
  id: 'one-per-job' | 'packed' | 'farm';
  /** What the strategy does, in words. */
  label: string;
  /** Batch jobs submitted. */
  jobs: number;
  /** Tasks in a full job. */
  tasksPerJob: number;
  /** Tasks running at once on a node. */
  concurrent: number;
  /** Waves of tasks in a full job (ceil(tasksPerJob / concurrent)). */
  waves: number;
  /** Run time of a full job without overhead (s). */
  jobSeconds: number;
  /** Node time spent running tasks, summed over jobs (node-hours). */
  computeNodeHours: number;
  /** Node time lost to scheduler overhead (node-hours). */
  overheadNodeHours: number;
  /** computeNodeHours + overheadNodeHours. */
  totalNodeHours: number;
  /** Share of the allocated core time that runs tasks: work / (totalNodeHours · cores). */
  coreUtilisation: number;
  /** overheadNodeHours / totalNodeHours. */
  overheadShare: number;
}

/** What {@link computePacking} returns. */
export interface PackingReport {
  /** Tasks that fit on one node at once: min(cores, floor(node memory / task memory)). */
  slotsPerNode: number;
  /** Whether cores or memory limit the slots. */
  limitedBy: 'cores' | 'memory';
  /** Total work: tasks · task time (core-hours). */
  workCoreHours: number;
  /** The strategies, in the order one-per-job, packed, farm (when tasksPerJob was given). */
  strategies: StrategyCost[];
}

/** Tasks of a given memory that fit on a node at once, and what limits them. */
export function slotsPerNode(coresPerNode: number, memoryPerNodeGB: number, memoryPerTaskGB: number): { slots: number; limitedBy: 'cores' | 'memory' } {
  const byMemory = memoryPerTaskGB > 0 ? Math.floor(memoryPerNodeGB / memoryPerTaskGB + 1e-9) : Number.POSITIVE_INFINITY;
  return byMemory < coresPerNode ? { slots: byMemory, limitedBy: 'memory' } : { slots: coresPerNode, limitedBy: 'cores' };
}

function strategy(
  id: StrategyCost['id'], label: string, input: PackingInput, tasksPerJob: number, concurrent: number,
): StrategyCost {
  const { tasks, taskSeconds, coresPerNode, overheadSeconds } = input;
  const jobs = Math.ceil(tasks / tasksPerJob);
  const waves = Math.ceil(tasksPerJob / concurrent);
  const fullJobs = Math.floor(tasks / tasksPerJob);
  const lastTasks = tasks - fullJobs * tasksPerJob;
  const totalWaves = fullJobs * waves + (lastTasks > 0 ? Math.ceil(lastTasks / concurrent) : 0);
  const computeNodeHours = (totalWaves * taskSeconds) / 3600;
  const overheadNodeHours = (jobs * overheadSeconds) / 3600;
  const totalNodeHours = computeNodeHours + overheadNodeHours;
  const workCoreHours = (tasks * taskSeconds) / 3600;
  return {
    id, label, jobs, tasksPerJob, concurrent, waves,
    jobSeconds: waves * taskSeconds,
    computeNodeHours, overheadNodeHours, totalNodeHours,
    coreUtilisation: totalNodeHours > 0 ? workCoreHours / (totalNodeHours * coresPerNode) : 0,
    overheadShare: totalNodeHours > 0 ? overheadNodeHours / totalNodeHours : 0,
  };
}

/**
 * Costs the three ways of submitting `input.tasks` independent one-core tasks:
 *
 * 1. one task per job (an array job of `tasks` jobs, each holding a whole node);
 * 2. packed: each job fills one node with `slots` tasks at once, one wave;
 * 3. task farm (only when `tasksPerJob` is given): each job runs `tasksPerJob` tasks, at most
 *    `min(maxParallel, slots)` at a time, in waves.
 *
 * For the course's 1000 × 6 h tasks on 48-core nodes this gives 1000 jobs and 6000 node-hours
 * against 21 jobs and 126 node-hours. Any thread.
 *
 * @throws RangeError when an input is out of range (the form validates first; see packing-params.ts)
 */
export function computePacking(input: PackingInput): PackingReport {
  const { tasks, taskSeconds, coresPerNode, memoryPerNodeGB, memoryPerTaskGB, overheadSeconds, tasksPerJob, maxParallel } = input;
  if (!Number.isSafeInteger(tasks) || tasks < 1) throw new RangeError(`tasks must be a positive integer, got ${tasks}`);
  if (!(taskSeconds > 0) || !Number.isFinite(taskSeconds)) throw new RangeError(`taskSeconds must be positive, got ${taskSeconds}`);
  if (!Number.isInteger(coresPerNode) || coresPerNode < 1) throw new RangeError(`coresPerNode must be a positive integer, got ${coresPerNode}`);
  if (!(memoryPerNodeGB > 0)) throw new RangeError(`memoryPerNodeGB must be positive, got ${memoryPerNodeGB}`);
  if (!(memoryPerTaskGB >= 0) || memoryPerTaskGB > memoryPerNodeGB) throw new RangeError(`memoryPerTaskGB must be 0 to memoryPerNodeGB, got ${memoryPerTaskGB}`);
  if (!(overheadSeconds >= 0)) throw new RangeError(`overheadSeconds must be 0 or more, got ${overheadSeconds}`);
  if (tasksPerJob !== undefined && (!Number.isSafeInteger(tasksPerJob) || tasksPerJob < 1)) throw new RangeError(`tasksPerJob must be a positive integer, got ${tasksPerJob}`);
  if (maxParallel !== undefined && (!Number.isInteger(maxParallel) || maxParallel < 1)) throw new RangeError(`maxParallel must be a positive integer, got ${maxParallel}`);

  const { slots, limitedBy } = slotsPerNode(coresPerNode, memoryPerNodeGB, memoryPerTaskGB);
  const strategies = [
    strategy('one-per-job', 'One task per job', input, 1, 1),
    strategy('packed', `Packed: ${slots} tasks per job, one per core`, input, Math.min(slots, tasks), Math.min(slots, tasks)),
  ];
  if (tasksPerJob !== undefined) {
    const perJob = Math.min(tasksPerJob, tasks);
    const atOnce = Math.min(maxParallel ?? slots, slots, perJob);
    strategies.push(strategy('farm', `Task farm: ${formatCount(perJob)} tasks per job, ${atOnce} at a time`, input, perJob, atOnce));
  }
  return { slotsPerNode: slots, limitedBy, workCoreHours: (tasks * taskSeconds) / 3600, strategies };
}
