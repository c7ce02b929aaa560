/**
 * One reader's session on the browser's one-node cluster: the modelled queue (src/slurm/queue.ts)
 * with a scheduling cycle every second, and each job the queue starts run for real on the page's
 * workers (run-job.ts), its output file filled line by line and its cores' busy time measured.
 * `scancel` stops a running job's workers. Changes are reported at most once per frame.
 * Main thread only.
 */
import { isAbortError } from '../../workers/pool.ts';
import type { ClusterNode } from '../../slurm/allocation.ts';
import { jobEnvironment, outputFileName, type JobIdentity } from '../../slurm/environment.ts';
import { ModelledQueue, type JobState, type QueueJob } from '../../slurm/queue.ts';
import type { ClusterParams } from './cluster-settings.ts';
import { coreUsage, type CoreUsage } from './core-usage.ts';
import { exampleById } from './examples.ts';
import { runJob } from './run-job.ts';

/** How often the modelled scheduler looks at the queue (ms). Real Slurm also runs on events. */
export const SCHEDULER_CYCLE_MS = 1000;
/** Id of the first job of a session. */
export const FIRST_JOB_ID = 1001;
/** The modelled submit directory. */
export const SUBMIT_DIR = '/home/you/course';

/** A job as the lab shows it: the queue's record and what the job did. */
export interface SessionJob extends QueueJob {
  /** The states it has been in, in order (PENDING, RUNNING, COMPLETED …). */
  history: JobState[];
  /** Its output file's name (from --output). */
  outputFile: string;
  /** The lines of its output file. */
  output: string[];
  /** The SLURM_* variables its script saw. */
  env: Record<string, string>;
  /** Cores of its allocation. */
  allocated: number;
  /** Its measured usage, once a program has run. */
  usage: CoreUsage | null;
}

interface Extra {
  history: JobState[];
  outputFile: string;
  output: string[];
  env: Record<string, string>;
  allocated: number;
  usage: CoreUsage | null;
  params: ClusterParams;
  controller?: AbortController;
}

/** The session: submit, cancel, read the jobs. Main thread. */
export class ClusterSession {
  private readonly queue: ModelledQueue;
  private readonly extras = new Map<string, Extra>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private frame = 0;
  private disposed = false;

  /**
   * @param node the modelled node
   * @param onChange called (at most once per animation frame) whenever a job changed
   */
  constructor(
    readonly node: ClusterNode,
    private readonly onChange: () => void,
  ) {
    this.queue = new ModelledQueue(node.cores, FIRST_JOB_ID);
    this.changed(); // the new, empty queue
  }

  /**
   * sbatch: queues the script's job (every task of a job array) as PENDING.
   * @returns the line sbatch prints, "Submitted batch job 1001"
   * @throws RangeError when the allocation exceeds the node (settings validation refuses those first)
   */
  submit(params: ClusterParams): string {
    const { parsed, allocation } = params;
    const name = parsed.request.jobName ?? exampleById(params.example).file;
    const { jobId, queued } = this.queue.submit(
      { name, cores: allocation.cores, timeMinutes: allocation.timeMinutes, ...(parsed.request.array ? { array: parsed.request.array } : {}) },
      performance.now(),
    );
    for (const q of queued) {
      const identity: JobIdentity = { jobId: q.jobId, name, submitDir: SUBMIT_DIR };
      if (q.array && parsed.request.array) identity.array = { arrayJobId: q.array.arrayJobId, taskId: q.array.taskId, spec: parsed.request.array };
      this.extras.set(q.id, {
        history: ['PENDING'],
        outputFile: outputFileName(parsed.request.output, identity, this.node),
        output: [],
        env: jobEnvironment(parsed.request, allocation, this.node, identity),
        allocated: allocation.cores,
        usage: null,
        params,
      });
    }
    this.startCycle();
    this.changed();
    return `Submitted batch job ${jobId}`;
  }

  /** scancel: a job, an array task (`1001_2`) or a whole array (`1001`). @returns how many were cancelled */
  cancel(id: string): number {
    const hit = this.queue.cancel(id, performance.now());
    for (const j of hit) {
      const extra = this.extras.get(j.id);
      extra?.history.push('CANCELLED');
      extra?.controller?.abort(new DOMException(`scancel ${id}`, 'AbortError'));
    }
    this.changed();
    return hit.length;
  }

  /** Every job of the session, in submit order. */
  jobs(): SessionJob[] {
    return this.queue.jobs().map((q) => {
      const e = this.extras.get(q.id)!;
      return { ...q, history: [...e.history], outputFile: e.outputFile, output: [...e.output], env: e.env, allocated: e.allocated, usage: e.usage };
    });
  }

  /** Whether any job is pending or running. */
  busy(): boolean {
    return this.queue.jobs().some((j) => j.state === 'PENDING' || j.state === 'RUNNING');
  }

  /** Cancels every job and stops the scheduler (the lab unmounted, or the node changed). */
  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.jobs()) if (j.state === 'RUNNING' || j.state === 'PENDING') this.cancel(j.id);
    clearInterval(this.timer);
    cancelAnimationFrame(this.frame);
  }

  private startCycle(): void {
    if (this.timer !== undefined || this.disposed) return;
    this.timer = setInterval(() => this.cycle(), SCHEDULER_CYCLE_MS);
  }

  private cycle(): void {
    const started = this.queue.schedule(performance.now());
    for (const job of started) void this.run(job);
    if (started.length === 0) this.changed(); // reasons may have changed
    if (!this.queue.jobs().some((j) => j.state === 'PENDING')) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private async run(job: QueueJob): Promise<void> {
    const extra = this.extras.get(job.id)!;
    extra.history.push('RUNNING');
    const controller = new AbortController();
    extra.controller = controller;
    this.changed();
    const { parsed, allocation } = extra.params;
    let exitCode: number;
    try {
      const result = await runJob(parsed.body, extra.env, allocation, this.node, controller.signal, (line) => {
        extra.output.push(line);
        this.changed();
      });
      exitCode = result.exitCode;
      const usage: CoreUsage | null = coreUsage(result.usage, allocation.cores);
      extra.usage = usage;
    } catch (e) {
      if (controller.signal.aborted || isAbortError(e)) {
        extra.output.push(`slurmstepd: error: *** JOB ${job.jobId} CANCELLED ***`);
        this.changed();
        return;
      }
      extra.output.push(`error: ${e instanceof Error ? e.message : String(e)}`);
      exitCode = 1;
    } finally {
      extra.controller = undefined;
    }
    if (this.disposed) return;
    const ended = this.queue.finish(job.id, performance.now(), exitCode);
    extra.history.push(ended.state);
    this.changed();
    this.startCycle();
  }

  private changed(): void {
    if (this.frame || this.disposed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.onChange();
    });
  }
}
