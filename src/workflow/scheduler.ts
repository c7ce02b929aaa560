/**
 * Runs the jobs of a plan on at most `j` lanes (workers), as `snakemake -j N` does: a job starts as
 * soon as every job it depends on has finished and a lane is free, taking ready jobs in DAG order.
 * A failed job's dependents never start (they are "skipped"); by default, as in Snakemake, no new
 * job starts after a failure while the running ones finish; with `keepGoing` (Snakemake's
 * `--keep-going`) the independent jobs go on. Outputs already made stay in place either way.
 *
 * The lanes are given by the caller (`runLanes`): on the page, one worker of the pool each; in
 * tests, plain async loops. Pure apart from the clock: any thread, and Node.
 */
import { abortError } from '../lib/abort.ts';
import type { Job } from './dag.ts';

/** What happened to one job. */
export type JobState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

/** One job's run: lane and times (ms on the `now` clock). */
export interface JobRecord {
  job: string;
  lane: number;
  start: number;
  end: number;
  ok: boolean;
  /** The error message of a failed job. */
  error?: string;
}

/** What {@link schedule} resolves to. */
export interface ScheduleResult {
  /** One record per job that started, in start order. */
  records: JobRecord[];
  /** Final state of every job of the plan. */
  states: Map<string, JobState>;
  /** The first failure, when a job failed. */
  failure?: { job: string; error: string };
  /** Start of the run and end of its last job (ms on the `now` clock). */
  startedAt: number;
  endedAt: number;
  /** Most jobs that ran at the same time. */
  peakConcurrency: number;
}

/** Options of {@link schedule}. */
export interface ScheduleOptions<W> {
  /** Most jobs at once (`-j`), a positive integer. */
  j: number;
  /** Runs one job on a lane's worker; rejects when the job fails. */
  execute: (job: Job, worker: W, lane: number) => Promise<void>;
  /** Starts `bodies.length` lanes, each with its own worker, and resolves when all have ended. */
  runLanes: (bodies: ((worker: W) => Promise<void>)[]) => Promise<void>;
  /** Start independent jobs after a failure (`--keep-going`); default false. */
  keepGoing?: boolean;
  /** Aborting stops handing out jobs and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called when a job changes state (on the page: to colour the DAG). */
  onState?: (job: string, state: JobState, record?: JobRecord) => void;
  /** The clock (ms); default performance.now. */
  now?: () => number;
}

/**
 * Runs `jobs` (a plan, in topological order; dependencies on jobs outside the plan count as
 * satisfied) on at most `options.j` lanes.
 *
 * @throws RangeError when j is not a positive integer
 * @throws DOMException AbortError when the signal aborts
 * Resolves (never rejects) when a job fails: see `failure` and `states`.
 */
export async function schedule<W>(jobs: readonly Job[], options: ScheduleOptions<W>): Promise<ScheduleResult> {
  const { j, execute, runLanes, keepGoing = false, signal, onState } = options;
  const now = options.now ?? (() => performance.now());
  if (!Number.isInteger(j) || j < 1) throw new RangeError(`-j must be a positive integer, got ${j}`);
  if (signal?.aborted) throw abortError(signal.reason);
  const inPlan = new Set(jobs.map((x) => x.id));
  const states = new Map<string, JobState>(jobs.map((x) => [x.id, 'waiting']));
  const pending = new Map(jobs.map((x) => [x.id, x.deps.filter((d) => inPlan.has(d)).length]));
  const dependents = new Map<string, string[]>();
  for (const x of jobs) for (const d of x.deps) if (inPlan.has(d)) dependents.set(d, [...(dependents.get(d) ?? []), x.id]);
  const ready: Job[] = jobs.filter((x) => pending.get(x.id) === 0);
  const records: JobRecord[] = [];
  let running = 0;
  let peak = 0;
  let stopped = false;
  let failure: ScheduleResult['failure'];
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const order = new Map(jobs.map((x, i) => [x.id, i]));
  const startedAt = now();

  const skipDownstream = (id: string): void => {
    for (const d of dependents.get(id) ?? []) {
      if (states.get(d) === 'waiting') {
        states.set(d, 'skipped');
        onState?.(d, 'skipped');
        skipDownstream(d);
      }
    }
  };
  const unfinished = (): boolean => [...states.values()].some((s) => s === 'waiting' || s === 'running');

  const lane = async (index: number, worker: W): Promise<void> => {
    for (;;) {
      if (signal?.aborted) throw abortError(signal.reason);
      const job = stopped ? undefined : ready.shift();
      if (!job) {
        if (running === 0 && (stopped || ready.length === 0)) {
          notify();
          return;
        }
        if (!unfinished()) return;
        await new Promise<void>((resolve) => {
          const previous = wake;
          wake = () => {
            previous?.();
            resolve();
          };
        });
        continue;
      }
      running++;
      peak = Math.max(peak, running);
      states.set(job.id, 'running');
      const start = now();
      onState?.(job.id, 'running', { job: job.id, lane: index, start, end: start, ok: true });
      let error: string | undefined;
      try {
        await execute(job, worker, index);
      } catch (e) {
        if (signal?.aborted) throw abortError(signal.reason);
        error = e instanceof Error ? e.message : String(e);
      }
      running--;
      const record: JobRecord = { job: job.id, lane: index, start, end: now(), ok: error === undefined };
      if (error !== undefined) record.error = error;
      records.push(record);
      if (error === undefined) {
        states.set(job.id, 'done');
        onState?.(job.id, 'done', record);
        for (const d of dependents.get(job.id) ?? []) {
          const left = pending.get(d)! - 1;
          pending.set(d, left);
          if (left === 0 && states.get(d) === 'waiting') {
            ready.push(jobs[order.get(d)!]!);
            ready.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
          }
        }
      } else {
        states.set(job.id, 'failed');
        onState?.(job.id, 'failed', record);
        failure ??= { job: job.id, error };
        skipDownstream(job.id);
        if (!keepGoing) stopped = true;
      }
      notify();
    }
  };

  const lanes = Math.max(1, Math.min(j, jobs.length));
  await runLanes(Array.from({ length: lanes }, (_, i) => (worker: W) => lane(i, worker)));
  if (signal?.aborted) throw abortError(signal.reason);
  // Jobs never started after a stop stay "waiting": report them as skipped.
  for (const [id, s] of states) {
    if (s === 'waiting') {
      states.set(id, 'skipped');
      onState?.(id, 'skipped');
    }
  }
  const endedAt = records.length ? Math.max(...records.map((r) => r.end)) : now();
  const result: ScheduleResult = { records, states, startedAt, endedAt, peakConcurrency: peak };
  if (failure) result.failure = failure;
  return result;
}

/** `runLanes` for plain async lanes without workers (Node tests, main-thread steps). */
export function plainLanes(bodies: ((worker: undefined) => Promise<void>)[]): Promise<void> {
  return Promise.all(bodies.map((b) => b(undefined))).then(() => undefined);
}
