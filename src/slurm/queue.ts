/**
 * A modelled Slurm queue on one node: jobs and array tasks wait (PENDING, with squeue's reason),
 * start when the node has their cores (RUNNING), and end (COMPLETED, FAILED, CANCELLED). The
 * scheduler is first come, first served with EASY backfill: the first job that does not fit
 * reserves the earliest time enough cores free up (from the running jobs' time limits), and a
 * later job may start now only if it fits and either ends (by its time limit) before that time
 * or uses cores the reservation leaves over. An array's `%n` throttle caps its running tasks.
 *
 * The times are whatever clock the caller passes (ms); nothing here runs anything: the lab starts
 * each job this model starts, on real workers, and reports its end.
 *
 * Sources: Slurm's scheduling documentation (sched/backfill; squeue's reasons Priority,
 * Resources, JobArrayTaskLimit, None), the sbatch manual page (`--array`, `%` limit).
 *
 * Pure: any thread, and Node.
 */

/** Where a job is (squeue's and sacct's state names). */
export type JobState = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

/** Why a pending job waits, as squeue prints it. */
export type PendingReason = 'None' | 'Priority' | 'Resources' | 'JobArrayTaskLimit';

/** A job, or one task of a job array, in the queue. */
export interface QueueJob {
  /** squeue's JOBID: `12`, or `12_3` for task 3 of array 12. */
  id: string;
  /** This job's own id (SLURM_JOB_ID). */
  jobId: number;
  /** For an array task: the array's id and this task's index. */
  array?: { arrayJobId: number; taskId: number };
  name: string;
  /** Cores it holds while running. */
  cores: number;
  /** Time limit in minutes, null for none. */
  timeMinutes: number | null;
  state: JobState;
  /** Why it waits (PENDING only). */
  reason: PendingReason;
  /** Started ahead of an earlier job by backfill. */
  backfilled: boolean;
  submitTime: number;
  startTime?: number;
  endTime?: number;
  /** `code:signal` as sacct prints it, once ended. */
  exitCode?: string;
}

/** What to submit. */
export interface Submission {
  name: string;
  cores: number;
  timeMinutes: number | null;
  /** For a job array: its indices and its `%n` limit (null: none). */
  array?: { indices: readonly number[]; throttle: number | null };
}

/** The time a limit lasts, ms (no limit: forever). */
function limitMs(minutes: number | null): number {
  return minutes === null ? Infinity : minutes * 60_000;
}

/**
 * The modelled queue of one node. Methods mutate the queue and return what changed; {@link jobs}
 * gives a copy for display. Any thread.
 */
export class ModelledQueue {
  private readonly list: QueueJob[] = [];
  private nextId: number;

  /**
   * @param cores the node's cores
   * @param firstJobId the id of the first job submitted
   * @throws RangeError when cores is not a positive integer
   */
  constructor(
    readonly cores: number,
    firstJobId = 1,
  ) {
    if (!Number.isInteger(cores) || cores < 1) throw new RangeError(`a node needs at least one core, got ${cores}`);
    this.nextId = firstJobId;
  }

  /**
   * Queues a job, or every task of a job array, as PENDING with reason None (not yet looked at
   * by the scheduler), as sbatch does.
   * @returns the id sbatch prints and the queued jobs (one per array task)
   * @throws RangeError when the job needs more cores than the node has (sbatch refuses those first)
   */
  submit(job: Submission, now: number): { jobId: number; queued: QueueJob[] } {
    if (job.cores > this.cores) throw new RangeError(`the job needs ${job.cores} cores and the node has ${this.cores}`);
    const jobId = this.nextId;
    const base = { name: job.name, cores: job.cores, timeMinutes: job.timeMinutes, state: 'PENDING' as const, reason: 'None' as const, backfilled: false, submitTime: now };
    const queued: QueueJob[] = job.array
      ? job.array.indices.map((taskId, k) => ({ ...base, id: `${jobId}_${taskId}`, jobId: jobId + k, array: { arrayJobId: jobId, taskId } }))
      : [{ ...base, id: String(jobId), jobId }];
    this.nextId += queued.length;
    this.list.push(...queued);
    if (job.array) this.throttles.set(jobId, job.array.throttle);
    return { jobId, queued: queued.map((j) => ({ ...j })) };
  }

  private readonly throttles = new Map<number, number | null>();

  /** Cores not held by running jobs. */
  freeCores(): number {
    return this.cores - this.list.filter((j) => j.state === 'RUNNING').reduce((s, j) => s + j.cores, 0);
  }

  /**
   * One scheduling cycle at `now`: starts every pending job that may start (in submit order, then
   * by backfill) and sets the reasons of the others.
   * @returns the jobs started now, in the order they were started
   */
  schedule(now: number): QueueJob[] {
    const started: QueueJob[] = [];
    let free = this.freeCores();
    let shadow: number | null = null; // when the blocked head job is expected to start
    let spare = 0; // cores left over at that time, usable by backfill
    const running = (arrayJobId: number) => this.list.filter((j) => j.state === 'RUNNING' && j.array?.arrayJobId === arrayJobId).length;
    for (const job of this.list) {
      if (job.state !== 'PENDING') continue;
      if (job.array) {
        const limit = this.throttles.get(job.array.arrayJobId) ?? null;
        if (limit !== null && running(job.array.arrayJobId) >= limit) {
          job.reason = 'JobArrayTaskLimit';
          continue;
        }
      }
      const fits = job.cores <= free;
      if (shadow === null) {
        if (fits) {
          this.start(job, now, false);
          free -= job.cores;
          started.push({ ...job });
          continue;
        }
        job.reason = 'Resources';
        ({ shadow, spare } = this.reservation(job.cores, now));
        continue;
      }
      const endsInTime = now + limitMs(job.timeMinutes) <= shadow;
      if (fits && (endsInTime || job.cores <= spare)) {
        if (!endsInTime) spare -= job.cores;
        this.start(job, now, true);
        free -= job.cores;
        started.push({ ...job });
      } else job.reason = 'Priority';
    }
    return started;
  }

  /** When `cores` cores are expected free (running jobs ending at their time limits), and what is left then. */
  private reservation(cores: number, now: number): { shadow: number; spare: number } {
    let free = this.freeCores();
    const ends = this.list
      .filter((j) => j.state === 'RUNNING')
      .map((j) => ({ at: (j.startTime ?? now) + limitMs(j.timeMinutes), cores: j.cores }))
      .sort((a, b) => a.at - b.at);
    for (const e of ends) {
      free += e.cores;
      if (free >= cores) return { shadow: e.at, spare: free - cores };
    }
    return { shadow: Infinity, spare: 0 };
  }

  private start(job: QueueJob, now: number, backfilled: boolean): void {
    job.state = 'RUNNING';
    job.reason = 'None';
    job.startTime = now;
    job.backfilled = backfilled;
  }

  /**
   * Ends a running job: COMPLETED for exit code 0, else FAILED.
   * @throws Error when the job is unknown or not running
   */
  finish(id: string, now: number, exitCode: number): QueueJob {
    const job = this.find(id);
    if (job.state !== 'RUNNING') throw new Error(`job ${id} is ${job.state}, not RUNNING`);
    job.state = exitCode === 0 ? 'COMPLETED' : 'FAILED';
    job.endTime = now;
    job.exitCode = `${exitCode}:0`;
    return { ...job };
  }

  /**
   * `scancel id`: cancels a job, an array task (`12_3`) or a whole array (`12`), pending or
   * running. @returns the jobs cancelled (the caller stops the running ones); none when already ended
   */
  cancel(id: string, now: number): QueueJob[] {
    const hit = this.list.filter((j) => (j.id === id || (j.array && String(j.array.arrayJobId) === id)) && (j.state === 'PENDING' || j.state === 'RUNNING'));
    for (const j of hit) {
      j.state = 'CANCELLED';
      j.endTime = now;
      j.exitCode = j.startTime === undefined ? '0:0' : '0:15';
    }
    return hit.map((j) => ({ ...j }));
  }

  private find(id: string): QueueJob {
    const job = this.list.find((j) => j.id === id);
    if (!job) throw new Error(`no job ${id} in the queue`);
    return job;
  }

  /** A copy of every job, in submit order. */
  jobs(): QueueJob[] {
    return this.list.map((j) => ({ ...j }));
  }
}
