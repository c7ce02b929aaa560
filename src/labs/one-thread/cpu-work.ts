/**
 * The CPU-bound work of the one-thread lab, three ways on one thread: sized to a target time,
 * run in one piece, and split into async tasks that take turns through `Promise.all`.
 *
 * The work is the course's workhorse, the midpoint integral of sin(x + y) over [0, pi]^2
 * (HPC2N/UPPMAX/LUNARC/NSC/PDC "Parallel computing with Python"), whose threaded Python version
 * took 21.29 s against 20.39 s serially because of the global interpreter lock.
 *
 * Pure apart from the clock (`performance.now()`): main thread, worker or Node.
 */
import { decompose } from '../../kernels/decomposition.ts';
import { integrate2dRows } from '../../kernels/integrate2d.ts';
import { measure } from '../../measure/measure.ts';

/** Smallest and largest grid the lab uses. */
export const MIN_GRID = 200;
export const MAX_GRID = 12_000;

/**
 * The grid size n whose n² sin evaluations should take `targetMs`, given a measured rate.
 *
 * @param evaluationsPerMs measured throughput (sin evaluations per ms), positive
 * @param targetMs wanted duration (ms), positive
 * @returns n rounded to a multiple of 8 (so blocks of 2, 4 and 8 are equal), in [MIN_GRID, MAX_GRID]
 * @throws RangeError on a non-positive rate or target
 */
export function gridForDuration(evaluationsPerMs: number, targetMs: number): number {
  if (!(evaluationsPerMs > 0) || !Number.isFinite(evaluationsPerMs)) throw new RangeError(`rate must be positive, got ${evaluationsPerMs}`);
  if (!(targetMs > 0)) throw new RangeError(`targetMs must be positive, got ${targetMs}`);
  const n = Math.round(Math.sqrt(evaluationsPerMs * targetMs) / 8) * 8;
  return Math.min(MAX_GRID, Math.max(MIN_GRID, n));
}

/**
 * Measures this thread's integration throughput (sin evaluations per ms) on a small grid, with the
 * measurement loop of src/measure/measure.ts: 3 discarded warm-up calls that let the JIT compile
 * the loop, then the median of 5 timed calls. Each call ends by awaiting `yieldFn` (default
 * {@link yieldToEventLoop}), so on the page it never forms one long task: each call is a few ms.
 * The yield is inside the timed call; it can only make the rate look lower, so the grid sized
 * from it errs towards a shorter freeze.
 *
 * @param n grid of the measurement (default 500: 250 000 evaluations per call)
 */
export async function measureRate(n = 500, yieldFn: () => Promise<void> = yieldToEventLoop): Promise<number> {
  const m = await measure({
    repeats: 5,
    warmups: 3,
    run: async () => {
      integrate2dRows(n, 0, n);
      await yieldFn();
    },
  });
  return (n * n) / Math.max(m.time.median, 0.01);
}

/** The outcome of an integration on one thread. */
export interface OneThreadResult {
  /** The integral over the rows done. */
  value: number;
  /** Rows done (n when the work finished). */
  rowsDone: number;
  /** True when the time guard stopped the work early. */
  stoppedByGuard: boolean;
}

/**
 * The whole integral in one piece, without ever yielding: the thread is busy until it is done.
 * On the page's main thread this freezes the page, which is the point of the demo. As a safety
 * net it checks the clock between blocks of rows and stops after `guardMs`.
 *
 * @param n grid size; @param guardMs stop after this long (ms), default 1500
 * @param blockRowsCount rows between clock checks (default 16)
 */
export function integrateInOnePiece(n: number, guardMs = 1500, blockRowsCount = 16): OneThreadResult {
  const t0 = performance.now();
  let value = 0;
  let row = 0;
  while (row < n) {
    const end = Math.min(n, row + blockRowsCount);
    value += integrate2dRows(n, row, end);
    row = end;
    if (row < n && performance.now() - t0 > guardMs) return { value, rowsDone: row, stoppedByGuard: true };
  }
  return { value, rowsDone: n, stoppedByGuard: false };
}

/**
 * Yields to the event loop (a macrotask through a MessageChannel, which unlike `setTimeout` is
 * not clamped to 4 ms), so the page can draw a frame or handle input before work resumes.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Options of {@link integrateAsAsyncTasks}. */
export interface AsyncTasksOptions {
  /** Rows each task computes before it awaits (yields); default 16. */
  chunkRows?: number;
  /** How a task yields; default {@link yieldToEventLoop}. */
  yieldFn?: () => Promise<void>;
  /** Stop every task once this much time has passed (ms); default 1500. */
  guardMs?: number;
  /** Aborting stops the tasks at their next yield with an AbortError. */
  signal?: AbortSignal;
}

/**
 * The same integral split into `tasks` async tasks (contiguous row blocks, as the course splits
 * rows among threads) started together with `Promise.all`. Each task computes `chunkRows` rows and
 * then awaits, so the tasks take turns on the one thread, as Python threads take turns holding
 * the GIL. It is concurrency without parallelism: never faster than one piece.
 *
 * @returns the partial integrals added in task order, and the rows done
 * @throws RangeError on invalid n or tasks; DOMException AbortError when `signal` aborts
 */
export async function integrateAsAsyncTasks(n: number, tasks: number, options: AsyncTasksOptions = {}): Promise<OneThreadResult> {
  const { chunkRows = 16, yieldFn = yieldToEventLoop, guardMs = 1500, signal } = options;
  const t0 = performance.now();
  let stoppedByGuard = false;
  let rowsDone = 0;
  const task = async (begin: number, end: number): Promise<number> => {
    let partial = 0;
    for (let row = begin; row < end; ) {
      const stop = Math.min(end, row + chunkRows);
      partial += integrate2dRows(n, row, stop);
      rowsDone += stop - row;
      row = stop;
      if (row < end) {
        await yieldFn();
        signal?.throwIfAborted();
        if (performance.now() - t0 > guardMs) {
          stoppedByGuard = true;
          break;
        }
      }
    }
    return partial;
  };
  const partials = await Promise.all(decompose(n, tasks).map(({ begin, end }) => task(begin, end)));
  return { value: partials.reduce((a, b) => a + b, 0), rowsDone, stoppedByGuard };
}
