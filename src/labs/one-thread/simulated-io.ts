/**
 * I/O-bound work on one thread: simulated requests that only wait (for a network that answers
 * after a fixed latency), run one after another or a few at a time. Waiting needs no CPU, so the
 * waits overlap even on one thread, as Python threads overlap downloads in the ENCCS course's
 * `ThreadPoolExecutor(max_workers=4)` example: the GIL is released while a thread waits for I/O.
 *
 * Pure apart from timers and the clock: main thread, worker or Node.
 */
import type { TaskInterval } from '../kit/timeline-model.ts';

/**
 * One simulated request: resolves with `latencyMs` after `latencyMs` ms, without using the CPU.
 *
 * @throws DOMException AbortError when `signal` aborts (the timer is cleared)
 */
export function simulatedRequest(latencyMs: number, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof DOMException ? signal.reason : new DOMException('Cancelled', 'AbortError'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof DOMException ? signal.reason : new DOMException('Cancelled', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(latencyMs);
    }, latencyMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What {@link runWithLimit} resolves to. */
export interface LimitedRun<T> {
  /** Results in task order. */
  results: T[];
  /** When each task ran; `worker` is the slot (0..limit-1) that ran it. Page clock, ms. */
  records: TaskInterval[];
}

/**
 * Runs async `tasks` with at most `limit` in flight at once, each free slot taking the next task
 * (what `ThreadPoolExecutor(max_workers=limit).map` does). `limit = 1` is the sequential loop.
 *
 * @throws RangeError when `limit` is not a positive integer; the first error a task throws
 */
export async function runWithLimit<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<LimitedRun<T>> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const results = new Array<T>(tasks.length);
  const records = new Array<TaskInterval>(tasks.length);
  let next = 0;
  const slot = async (worker: number): Promise<void> => {
    while (next < tasks.length) {
      const task = next++;
      const start = performance.now();
      results[task] = await tasks[task]!();
      records[task] = { worker, task, start, end: performance.now() };
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, Math.max(1, tasks.length)) }, (_, w) => slot(w)));
  return { results, records };
}
