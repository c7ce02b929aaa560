/**
 * A pool of module workers wrapped with Comlink: the one module that owns worker lifecycle.
 *
 * - Workers start lazily, when a run first needs them, and are reused by later runs.
 * - Every run takes an AbortSignal. Running JavaScript cannot be interrupted, so cancelling
 *   terminates the workers (the approach of Squoosh's worker bridge); the pending calls are
 *   rejected with an AbortError here, because Comlink never settles calls to a terminated worker.
 *   The next run starts fresh workers.
 * - Tasks are handed out dynamically: each worker takes the next task as soon as it is free.
 * - Every task gets a {@link TaskRecord} (worker, task, start, end) for timelines.
 * - A worker that throws rejects the run with that error; a worker that dies (a load error or an
 *   uncaught exception) is replaced at the next run.
 * - Idle workers are ended after `idleTimeoutMs`.
 *
 * Main thread only (it creates workers).
 */
import { wrap, releaseProxy, type Remote } from 'comlink';

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
}

/** The error a cancelled run rejects with (`name === 'AbortError'`). */
export function abortError(reason?: unknown): DOMException {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'The run was cancelled';
  return new DOMException(message, 'AbortError');
}

/** True when `error` is the rejection of a cancelled run. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Options of the {@link WorkerPool} constructor. */
export interface PoolOptions {
  /** Idle workers are terminated after this many ms without a run (default 30 000). */
  idleTimeoutMs?: number;
  /** Most workers a run may ask for (default 64). */
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
  /** The run in progress, if any; an aborted run gives the pool up at once (its workers are gone). */
  private activeRun: object | null = null;

  /**
   * @param createWorker makes one worker, e.g.
   *   `() => new Worker(new URL('./kernels.worker.ts', import.meta.url), { type: 'module' })`
   */
  constructor(
    private readonly createWorker: () => Worker,
    options: PoolOptions = {},
  ) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
    this.maxWorkers = options.maxWorkers ?? 64;
  }

  /** Number of live workers right now. */
  get liveWorkers(): number {
    return this.slots.filter((s) => !s.dead).length;
  }

  /**
   * Runs `tasks` on `workers` workers, handing each free worker the next task, and resolves with
   * the results in task order and one timing record per task.
   *
   * @throws RangeError when `workers` is not an integer in [1, maxWorkers]
   * @throws Error when a run is already in progress on this pool
   * @throws DOMException AbortError when `signal` aborts (the workers are terminated)
   * @throws whatever a task throws (the first error; the other workers finish their current task)
   */
  async run<R>(tasks: readonly PoolTask<Api, R>[], options: RunOptions<R>): Promise<RunResult<R>> {
    const { workers, signal, onTaskDone, onTaskStart } = options;
    if (!Number.isInteger(workers) || workers < 1 || workers > this.maxWorkers) {
      throw new RangeError(`workers must be an integer from 1 to ${this.maxWorkers}, got ${workers}`);
    }
    if (this.activeRun) throw new Error('This pool is already running; cancel the current run first.');
    if (signal?.aborted) throw abortError(signal.reason);
    const token = {};
    this.activeRun = token;
    clearTimeout(this.idleTimer);

    const slots = this.ensureWorkers(workers);
    const results = new Array<R>(tasks.length);
    const records = new Array<TaskRecord>(tasks.length);
    let next = 0;
    let failure: { error: unknown } | null = null;

    const onAbort = (): void => {
      // The workers are terminated below, so the next run may start at once with fresh ones,
      // even before this run's promise has settled.
      if (this.activeRun === token) this.activeRun = null;
      const error = abortError(signal?.reason);
      failure ??= { error };
      this.terminate();
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
          result = await new Promise<R>((resolve, reject) => {
            slot.failPending = reject;
            task(slot.api, { worker: index, task: taskIndex }).then(resolve, reject);
          });
        } catch (error) {
          failure ??= { error };
          throw error;
        } finally {
          slot.failPending = null;
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
      if (this.activeRun === token) this.activeRun = null;
      if (this.activeRun === null) this.scheduleIdleShutdown();
    }
  }

  /**
   * Starts workers until `count` are live, without running anything (used to measure start-up).
   * Resolves when each new worker has answered one message through `ping`.
   */
  async warm(count: number, ping: (api: Remote<Api>) => Promise<unknown>): Promise<void> {
    await Promise.all(this.ensureWorkers(count).map((slot) => ping(slot.api)));
    this.scheduleIdleShutdown();
  }

  /** Terminates every worker now. Pending calls are rejected by the run that owns them. */
  terminate(): void {
    clearTimeout(this.idleTimer);
    for (const slot of this.slots) {
      slot.dead = true;
      slot.api[releaseProxy]();
      slot.worker.terminate();
    }
    this.slots = [];
  }

  private ensureWorkers(count: number): Slot<Api>[] {
    this.slots = this.slots.filter((s) => !s.dead);
    while (this.slots.length < count) this.slots.push(this.startWorker());
    return this.slots.slice(0, count);
  }

  private startWorker(): Slot<Api> {
    const worker = this.createWorker();
    const slot: Slot<Api> = { worker, api: wrap<Api>(worker), failPending: null, dead: false };
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
