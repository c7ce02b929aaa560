/**
 * `map` and `starmap` over a pool of task workers: the browser's `multiprocessing.Pool.map` and
 * `Pool.starmap` (the courses' pool examples: UPPMAX's `pool.map(square, ...)`, Aalto's
 * `pool.map(sample, [10**5] * 10)`, ENCCS's `p.starmap(word_acf, ...)`).
 *
 * - Functions cannot be posted to a worker, so the task is named: it is looked up in the task
 *   registry (./tasks/registry.ts) inside the worker.
 * - Items are cut into chunks (Python's default chunk size unless one is given) and the chunks are
 *   handed out dynamically: a worker that finishes takes the next chunk.
 * - Results come back in input order, whatever order the chunks finish in.
 * - Every item gets a timing record (worker, task = item index, start, end) measured inside the
 *   worker, and every chunk one measured on the page (handed out to result back), for timelines.
 * - Progress is reported at most every `progressIntervalMs` (default 100 ms), never per item.
 * - Cancelling via `signal` terminates the workers (see WorkerPool) and rejects with an AbortError;
 *   the next map starts fresh workers.
 *
 * Main thread only (it drives workers).
 */
import type { WorkerPool, TaskRecord } from './pool.ts';
import { poolFor } from './pools.ts';
import type { TasksApi } from './tasks.worker.ts';
import type { TaskName } from './tasks/registry.ts';
import { defaultChunksize, makeChunks, throttle, type Chunk } from './tasks/chunking.ts';
import { toPageClock } from './timed.ts';

/** When and where one item ran: `task` is the item's input index; times in page ms. */
export interface ItemRecord extends TaskRecord {
  /** The chunk the item travelled in. */
  chunk: number;
}

/** When and where one chunk ran, seen from the page (handed out to result back, page ms). */
export interface ChunkRecord extends TaskRecord {
  /** Input index of its first item. */
  first: number;
  /** Items in the chunk. */
  count: number;
}

/** A chunk being computed right now. */
export interface RunningChunk {
  worker: number;
  chunk: number;
  first: number;
  count: number;
  /** When it was handed out (page ms). */
  start: number;
}

/** A snapshot of a map in progress, as given to `onProgress`. */
export interface MapProgress {
  /** Items finished. */
  done: number;
  /** Items in all. */
  total: number;
  /** Records of the finished items, in completion order (a fresh array each time). */
  records: ItemRecord[];
  /** Chunks on workers right now. */
  running: RunningChunk[];
  /** When the map started (page ms). */
  startedAt: number;
  /** Page clock at this snapshot (ms). */
  now: number;
}

/** Options of {@link map} and {@link starmap}. */
export interface MapOptions {
  /** Pool size (positive integer, at most the pool's maximum). */
  workers: number;
  /** Items per chunk (positive integer); default as Python's Pool.map, see defaultChunksize. */
  chunksize?: number;
  /** Aborting it terminates the workers and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called at most once per `progressIntervalMs` while the map runs, and once at the end. */
  onProgress?: (progress: MapProgress) => void;
  /** Least time between progress reports (ms, default 100 = 10 per second). */
  progressIntervalMs?: number;
  /** The pool to run on (default: a page-wide shared task pool). */
  pool?: WorkerPool<TasksApi>;
}

/** What a map resolves to. */
export interface MapResult<R> {
  /** Results in input order. */
  results: R[];
  /** One record per item, in input order (times measured in the worker, page ms). */
  records: ItemRecord[];
  /** One record per chunk, in chunk order. */
  chunks: ChunkRecord[];
  /** The chunk size used. */
  chunksize: number;
  /** Pool size used. */
  workers: number;
  /** When the map started and ended (page ms): the wall time is `endedAt - startedAt`. */
  startedAt: number;
  endedAt: number;
}

/** The page-wide task pool (src/workers/pools.ts). Main thread only. */
export function taskPool(): WorkerPool<TasksApi> {
  return poolFor('tasks');
}

/**
 * Applies task `task` to every argument list in `argsList` (`Pool.starmap`): item i computes
 * `task(...argsList[i])`. Main thread only.
 *
 * @returns results in input order with per-item and per-chunk timing records
 * @throws RangeError on an invalid worker count or chunk size
 * @throws DOMException AbortError when `signal` aborts
 * @throws Error from the first task that throws, naming the task, item and arguments
 */
export async function starmap<R = unknown>(task: TaskName, argsList: readonly unknown[][], options: MapOptions): Promise<MapResult<R>> {
  const { workers, signal, onProgress } = options;
  const pool = options.pool ?? taskPool();
  const chunksize = options.chunksize ?? defaultChunksize(argsList.length, workers);
  const chunks: Chunk[] = makeChunks(argsList.length, chunksize);
  const startedAt = performance.now();
  const results = new Array<R>(argsList.length);
  const records = new Array<ItemRecord>(argsList.length);
  const finished: ItemRecord[] = [];
  const running = new Map<number, RunningChunk>();

  const progress = throttle(() => {
    onProgress?.({
      done: finished.length,
      total: argsList.length,
      records: finished.slice(),
      running: [...running.values()],
      startedAt,
      now: performance.now(),
    });
  }, options.progressIntervalMs ?? 100);

  const tasks = chunks.map((chunk) => (api: import('comlink').Remote<TasksApi>) =>
    api.callChunk(task, argsList.slice(chunk.first, chunk.first + chunk.count), chunk.first));

  try {
    const run = await pool.run(tasks, {
      workers,
      signal,
      onTaskStart: ({ worker, task: c, start }) => {
        const chunk = chunks[c]!;
        running.set(c, { worker, chunk: c, first: chunk.first, count: chunk.count, start });
        if (onProgress) progress.request();
      },
      onTaskDone: (record, outcome) => {
        const chunk = chunks[record.task]!;
        running.delete(record.task);
        outcome.results.forEach((value, k) => {
          const [s, e] = outcome.times[k]!;
          const item: ItemRecord = { worker: record.worker, task: chunk.first + k, chunk: chunk.index, start: toPageClock(s), end: toPageClock(e) };
          results[chunk.first + k] = value as R;
          records[chunk.first + k] = item;
          finished.push(item);
        });
        if (onProgress) progress.request();
      },
    });
    const endedAt = performance.now();
    progress.flush();
    const chunkRecords: ChunkRecord[] = run.records.map((r, c) => ({ ...r, first: chunks[c]!.first, count: chunks[c]!.count }));
    return { results, records, chunks: chunkRecords, chunksize, workers, startedAt, endedAt };
  } finally {
    progress.cancel();
  }
}

/**
 * Applies task `task` to every item (`Pool.map`): item i computes `task(items[i])`. Main thread
 * only. Same options, results and errors as {@link starmap}.
 */
export function map<R = unknown>(task: TaskName, items: readonly unknown[], options: MapOptions): Promise<MapResult<R>> {
  return starmap<R>(task, items.map((x) => [x]), options);
}
