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
import { summarize, type TimingSummary } from '../measure/stats.ts';

const ping = (api: Remote<KernelsApi>) => api.echo(0);

/**
 * Time to start `count` fresh kernel workers until all answer (ms).
 * @param count workers started together (1..MAX_WORKERS)
 * @param repeats timed repetitions after one warm-up (>= 1)
 * @throws RangeError on a bad count or repeats; a worker's load error
 */
export async function measureStartup(count: number, repeats = 5): Promise<TimingSummary> {
  const pools: ReturnType<typeof coldPool<'kernels'>>[] = [];
  try {
    const m = await measure({
      repeats,
      run: async () => {
        const pool = coldPool('kernels');
        pools.push(pool);
        await pool.warm(count, ping);
      },
    });
    return m.time;
  } finally {
    for (const pool of pools) pool.terminate();
  }
}

/**
 * Round-trip latency of one message to a warm worker and back (ms per call).
 * @param calls timed sequential calls (>= 1)
 * @param warmups discarded calls first
 */
export async function measureRoundTrip(calls = 1000, warmups = 200): Promise<TimingSummary> {
  const pool = coldPool('kernels');
  const samples: number[] = [];
  try {
    await pool.run(
      [
        async (api) => {
          for (let i = 0; i < warmups; i++) await api.echo(i);
          for (let i = 0; i < calls; i++) {
            const t0 = performance.now();
            await api.echo(i);
            samples.push(performance.now() - t0);
          }
        },
      ],
      { workers: 1 },
    );
  } finally {
    pool.terminate();
  }
  return summarize(samples, Number.POSITIVE_INFINITY);
}
