/**
 * How a map splits its items into chunks, and how it reports progress without flooding the page.
 * Pure: any thread, and Node (unit-tested in chunking.test.ts).
 */

/** One chunk: items [first, first + count) of the input. */
export interface Chunk {
  /** Index of the chunk (0-based), the order chunks are handed out in. */
  index: number;
  /** Input index of its first item. */
  first: number;
  /** Number of items (>= 1). */
  count: number;
}

/**
 * The chunk size Python's `multiprocessing.Pool.map` picks when none is given: the items divided
 * by four times the workers, rounded up (CPython, `Pool._map_async`: `divmod(len, 4 * processes)`,
 * plus one if there is a remainder). At least 1. Four chunks per worker is a compromise: few
 * messages, yet a worker that finishes early can still take work from the others.
 *
 * @param items number of items (>= 0)
 * @param workers pool size (>= 1)
 * @throws RangeError on a negative item count or a non-positive worker count
 */
export function defaultChunksize(items: number, workers: number): number {
  if (!Number.isInteger(items) || items < 0) throw new RangeError(`items must be a non-negative integer, got ${items}`);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const base = Math.floor(items / (4 * workers));
  return Math.max(1, items % (4 * workers) ? base + 1 : base);
}

/**
 * Splits `items` items into consecutive chunks of `chunksize` (the last one may be shorter), as
 * `Pool.map` does: chunk k holds items [k·chunksize, min((k+1)·chunksize, items)).
 *
 * @throws RangeError on a negative item count or a chunk size that is not a positive integer
 */
export function makeChunks(items: number, chunksize: number): Chunk[] {
  if (!Number.isInteger(items) || items < 0) throw new RangeError(`items must be a non-negative integer, got ${items}`);
  if (!Number.isInteger(chunksize) || chunksize < 1) throw new RangeError(`chunksize must be a positive integer, got ${chunksize}`);
  const chunks: Chunk[] = [];
  for (let first = 0, index = 0; first < items; first += chunksize, index++) {
    chunks.push({ index, first, count: Math.min(chunksize, items - first) });
  }
  return chunks;
}

/** Timers a throttle uses; injectable so tests can drive time by hand. */
export interface ThrottleClock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What {@link throttle} returns. */
export interface Throttled {
  /** Asks for an emission: now if the last was at least `intervalMs` ago, else once at the end of the interval. */
  request: () => void;
  /** Emits now if a request is pending (used when the run ends, so the last state is shown). */
  flush: () => void;
  /** Drops any pending emission. */
  cancel: () => void;
}

/**
 * Leading-and-trailing throttle: however often `request` is called, `emit` runs at most once per
 * `intervalMs` (100 ms = 10 per second, fast enough to look live, slow enough that a map of
 * thousands of tiny tasks does not re-render the page thousands of times), and the last request
 * is never lost. Any thread.
 */
export function throttle(emit: () => void, intervalMs: number, clock: ThrottleClock = realClock): Throttled {
  let last = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  const fire = (): void => {
    timer = null;
    last = clock.now();
    emit();
  };
  return {
    request() {
      if (timer !== null) return;
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) fire();
      else timer = clock.setTimeout(fire, wait);
    },
    flush() {
      if (timer === null) return;
      clock.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
