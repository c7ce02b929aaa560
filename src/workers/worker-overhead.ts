/**
 * What using workers costs before any work is done: the time to start workers and the latency of
 * one message round trip to a warm worker. Both bound the smallest task worth sending to a worker.
 *
 * Method: start-up is timed from creating the workers until each has answered one message (so it
 * includes fetching and compiling the worker script), with the measurement loop of
 * src/measure/measure.ts (one discarded warm-up, then the median of `repeats`). Round trip: after
 * warm-up calls, each of `calls` sequential echo calls is timed on the page with performance.now()
 * and the median reported.
 *
 * Main thread only (creates workers).
 */
import type { Remote } from 'comlink';
import type { KernelsApi } from './kernels.worker.ts';
import { coldPool } from './pools.ts';
import { measure } from '../measure/measure.ts';
import type { TimingSummary } from '../measure/stats.ts';

const ping = (api: Remote<KernelsApi>) => api.echo(0);

/**
 * Time to start `count` fresh kernel workers until all answer (ms).
 * @param count workers started together (1..MAX_WORKERS)
 * @param repeats timed repetitions after one warm-up (>= 1)
 * @param signal aborting it terminates the workers being started
 * @throws RangeError on a bad count or repeats; a worker's load error; AbortError when `signal` aborts
 */
export async function measureStartup(count: number, repeats = 5, signal?: AbortSignal): Promise<TimingSummary> {
  const pools: ReturnType<typeof coldPool<'kernels'>>[] = [];
  const stop = (): void => pools.forEach((p) => p.terminate());
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const m = await measure({
      repeats,
      signal,
      run: async () => {
        const pool = coldPool('kernels');
        pools.push(pool);
        await pool.warm(count, ping);
      },
    });
    return m.time;
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
  }
}

/**
 * Round-trip latency of one message to a warm worker and back (ms per call): the measurement loop
 * of src/measure/measure.ts run inside one pool task, each timed run one echo call.
 *
 * @param calls timed sequential calls (>= 1)
 * @param warmups discarded calls first
 * @param signal aborting it terminates the worker
 * @throws AbortError when `signal` aborts
 */
export async function measureRoundTrip(calls = 1000, warmups = 200, signal?: AbortSignal): Promise<TimingSummary> {
  const pool = coldPool('kernels');
  try {
    const run = await pool.run(
      [
        async (api) => {
          let i = 0;
          const m = await measure({ repeats: calls, warmups, run: () => api.echo(i++), noiseRatio: Number.POSITIVE_INFINITY, signal });
          return m.time;
        },
      ],
      { workers: 1, signal },
    );
    return run.results[0]!;
  } finally {
    pool.terminate();
  }
}
