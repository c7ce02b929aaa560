/**
 * A pool of module workers wrapped with Comlink: the one module that owns worker lifecycle.
 *
 * - Workers start lazily, when a run first needs them, and are reused by later runs.
 * - Runs may overlap: each run leases idle workers (starting new ones as needed) and gives them
 *   back when it ends, so two labs on one page share a pool without waiting for each other. The
 *   pool never holds more than `maxWorkers` workers at once (MAX_WORKERS of src/params/limits.ts).
 * - Every run takes an AbortSignal. Running JavaScript cannot be interrupted, so cancelling
 *   terminates that run's workers (the approach of Squoosh's worker bridge); the pending calls are
 *   rejected with an AbortError at once, because Comlink never settles calls to a terminated
 *   worker. A worker with a call in flight is first given up to {@link DRAIN_MS} to answer (a
 *   kernel that checks a stop flag answers within milliseconds), then terminated; the next run
 *   waits for that, so it never shares the cores with a cancelled run's work, and starts fresh
 *   workers.
 * - Tasks are handed out dynamically: each worker takes the next task as soon as it is free.
 * - Every task gets a {@link TaskRecord} (worker, task, start, end) for timelines.
 * - A worker that throws rejects the run with that error; a worker that dies (a load error or an
 *   uncaught exception) is replaced at the next run.
 * - Idle workers are ended after `idleTimeoutMs`.
 *
 * Main thread only (it creates workers).
 */
import { wrap, releaseProxy, type Remote } from 'comlink';
import { abortError } from '../lib/abort.ts';
import { MAX_WORKERS } from '../params/limits.ts';

/** When and where one task ran, in the page's `performance.now()` clock (ms). */
export interface TaskRecord {
  /** Index of the worker (0-based) within the run. */
  worker: number;
  /** Index of the task (0-based) within the run. */
  task: number;
  /** When the task was handed to the worker (page clock, ms). */
  start: number;
  /** When its result arrived back on the page (page clock, ms). */
  end: number;
}

/** A task: an async call on one worker's Comlink proxy. */
export type PoolTask<Api, R> = (api: Remote<Api>, context: { worker: number; task: number }) => Promise<R>;

/** Options of {@link WorkerPool.run}. */
export interface RunOptions<R> {
  /** How many workers run the tasks (positive integer). */
  workers: number;
  /** Aborting it terminates the workers and rejects the run with an AbortError. */
  signal?: AbortSignal;
  /** Called on the page as each task finishes, in completion order. */
  onTaskDone?: (record: TaskRecord, result: R) => void;
  /** Called on the page as each task is handed to a worker (`start` in page ms), for live timelines. */
  onTaskStart?: (context: { worker: number; task: number; start: number }) => void;
}

/** What {@link WorkerPool.run} resolves to. */
export interface RunResult<R> {
  /** Results in task order (not completion order). */
  results: R[];
  /** One record per task, in task order. */
  records: TaskRecord[];
}

interface Slot<Api> {
  worker: Worker;
  api: Remote<Api>;
  /** Rejects the call in flight on this worker, if any. */
  failPending: ((error: unknown) => void) | null;
  dead: boolean;
  /** Leased by a run. */
  busy: boolean;
  /** Settles (never rejects) when the call in flight on this worker settles; null when idle. */
  inFlight: Promise<void> | null;
  /** Given up by a cancelled run: never leased again, terminated once drained. */
  retiring: boolean;
}

export { abortError, isAbortError } from '../lib/abort.ts';

/** How long a cancelled run's busy worker may take to answer before it is terminated (ms). */
export const DRAIN_MS = 250;

/** Name of the performance mark left when a cancelled worker is gone (`detail: { ms, answered }`). */
export const DRAINED_MARK = 'worker-pool:drained';

/** Options of the {@link WorkerPool} constructor. */
export interface PoolOptions {
  /** Idle workers are terminated after this many ms without a run (default 30 000). */
  idleTimeoutMs?: number;
  /** Most workers the pool holds at once, over all its runs (default MAX_WORKERS). */
  maxWorkers?: number;
}

/**
 * A pool of identical workers created by `createWorker`, each exposing `Api` with Comlink.
 * Main thread only.
 */
export class WorkerPool<Api extends object> {
  private slots: Slot<Api>[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly idleTimeoutMs: number;
  private readonly maxWorkers: number;
  /** Workers of cancelled runs still finishing their call; new runs wait for them. */
  private readonly draining = new Set<Promise<void>>();

  /**
   * @param createWorker makes one worker, e.g.
   *   `() => new Worker(new URL('./kernels.worker.ts', import.meta.url), { type: 'module' })`
   */
  constructor(
    private readonly createWorker: () => Worker,
    options: PoolOptions = {},
  ) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
    this.maxWorkers = options.maxWorkers ?? MAX_WORKERS;
  }

  /** Number of live workers right now. */
  get liveWorkers(): number {
    return this.slots.filter((s) => !s.dead).length;
  }

  /** Number of workers leased by runs in progress right now. */
  get busyWorkers(): number {
    return this.slots.filter((s) => !s.dead && s.busy).length;
  }

  /**
   * Runs `tasks` on `workers` workers, handing each free worker the next task, and resolves with
   * the results in task order and one timing record per task.
   *
   * @throws RangeError when `workers` is not an integer in [1, maxWorkers]
   * @throws RangeError when the runs in progress already hold so many workers that this one would
   *   take the pool past `maxWorkers`
   * @throws DOMException AbortError when `signal` aborts (the workers are terminated)
   * @throws whatever a task throws (the first error; the other workers finish their current task)
   */
  async run<R>(tasks: readonly PoolTask<Api, R>[], options: RunOptions<R>): Promise<RunResult<R>> {
    const { workers, signal, onTaskDone, onTaskStart } = options;
    if (!Number.isInteger(workers) || workers < 1 || workers > this.maxWorkers) {
      throw new RangeError(`workers must be an integer from 1 to ${this.maxWorkers}, got ${workers}`);
    }
    if (signal?.aborted) throw abortError(signal.reason);
    if (this.draining.size > 0) await Promise.all([...this.draining]);
    if (signal?.aborted) throw abortError(signal.reason);
    const inUse = this.busyWorkers;
    if (inUse + workers > this.maxWorkers) {
      throw new RangeError(`${inUse} workers are already busy with other runs; at most ${this.maxWorkers} may run at once.`);
    }
    clearTimeout(this.idleTimer);

    const slots = this.lease(workers);
    const results = new Array<R>(tasks.length);
    const records = new Array<TaskRecord>(tasks.length);
    let next = 0;
    let failure: { error: unknown } | null = null;

    const onAbort = (): void => {
      // Only this run's workers are terminated, so other runs go on, and the next run may start at
      // once with fresh workers, even before this run's promise has settled.
      const error = abortError(signal?.reason);
      failure ??= { error };
      for (const slot of slots) this.retire(slot);
      for (const slot of slots) slot.failPending?.(error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const drive = async (index: number, slot: Slot<Api>): Promise<void> => {
      while (failure === null && next < tasks.length) {
        const taskIndex = next++;
        const task = tasks[taskIndex]!;
        const start = performance.now();
        onTaskStart?.({ worker: index, task: taskIndex, start });
        let result: R;
        try {
          const call = task(slot.api, { worker: index, task: taskIndex });
          slot.inFlight = call.then(
            () => undefined,
            () => undefined,
          );
          result = await new Promise<R>((resolve, reject) => {
            slot.failPending = reject;
            call.then(resolve, reject);
          });
        } catch (error) {
          failure ??= { error };
          throw error;
        } finally {
          slot.failPending = null;
          slot.inFlight = null;
        }
        const record: TaskRecord = { worker: index, task: taskIndex, start, end: performance.now() };
        results[taskIndex] = result;
        records[taskIndex] = record;
        onTaskDone?.(record, result);
      }
    };

    try {
      const outcomes = await Promise.allSettled(slots.map((slot, i) => drive(i, slot)));
      if (failure !== null) throw (failure as { error: unknown }).error;
      const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (rejected) throw rejected.reason;
      return { results, records };
    } finally {
      signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) if (!slot.retiring) slot.busy = false;
      if (this.busyWorkers === 0) this.scheduleIdleShutdown();
    }
  }

  /**
   * Starts workers until `count` are live, without running anything (used to measure start-up).
   * Resolves when each new worker has answered one message through `ping`.
   */
  async warm(count: number, ping: (api: Remote<Api>) => Promise<unknown>): Promise<void> {
    const slots = this.lease(count);
    try {
      await Promise.all(slots.map((slot) => ping(slot.api)));
    } finally {
      for (const slot of slots) slot.busy = false;
      if (this.busyWorkers === 0) this.scheduleIdleShutdown();
    }
  }

  /**
   * Terminates every worker now, busy or idle; calls in flight are rejected with an AbortError.
   */
  terminate(): void {
    clearTimeout(this.idleTimer);
    const error = abortError('The worker pool was shut down');
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) this.kill(slot);
    for (const slot of slots) slot.failPending?.(error);
  }

  /**
   * Gives up a cancelled run's worker: at once when it is idle, else when its call in flight has
   * answered or after DRAIN_MS, whichever comes first. Until then it counts as busy and is never
   * leased.
   */
  private retire(slot: Slot<Api>): void {
    slot.retiring = true;
    const inFlight = slot.inFlight;
    if (!inFlight) {
      this.kill(slot);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const since = performance.now();
    const answered = inFlight.then(() => true);
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DRAIN_MS)));
    const drained: Promise<void> = Promise.race([answered, timedOut]).then((didAnswer) => {
      clearTimeout(timer);
      this.kill(slot);
      this.draining.delete(drained);
      // User timing, for the browser tests and the performance panel: how long the cancelled
      // worker took to stop, and whether it stopped by itself (a kernel checking its stop flag).
      performance.mark?.(DRAINED_MARK, { detail: { ms: performance.now() - since, answered: didAnswer } });
    });
    this.draining.add(drained);
  }

  /** Marks `slot` dead, terminates its worker and drops it from the pool. */
  private kill(slot: Slot<Api>): void {
    if (!slot.dead) {
      slot.dead = true;
      slot.api[releaseProxy]();
      slot.worker.terminate();
    }
    this.slots = this.slots.filter((s) => s !== slot);
  }

  /** Takes `count` idle workers for a run, starting new ones when too few are idle. */
  private lease(count: number): Slot<Api>[] {
    this.slots = this.slots.filter((s) => !s.dead);
    const leased = this.slots.filter((s) => !s.busy && !s.retiring).slice(0, count);
    while (leased.length < count) {
      const slot = this.startWorker();
      this.slots.push(slot);
      leased.push(slot);
    }
    for (const slot of leased) slot.busy = true;
    return leased;
  }

  private startWorker(): Slot<Api> {
    const worker = this.createWorker();
    const slot: Slot<Api> = { worker, api: wrap<Api>(worker), failPending: null, dead: false, busy: false, inFlight: null, retiring: false };
    const die = (message: string): void => {
      slot.dead = true;
      worker.terminate();
      slot.failPending?.(new Error(message));
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      die(`A worker failed: ${event.message || 'it could not be loaded or threw outside a task'}`);
    });
    worker.addEventListener('messageerror', () => die('A worker sent a message that could not be deserialized'));
    return slot;
  }

  private scheduleIdleShutdown(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.terminate(), this.idleTimeoutMs);
  }
}
