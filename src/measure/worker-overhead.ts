/**
 * What using workers costs before any work is done: the time to start workers and the latency of
 * one message round trip to a warm worker. Both bound the smallest task worth sending to a worker.
 *
 * Method: start-up is timed from creating the workers until each has answered one message (so it
 * includes fetching and compiling the worker script); one discarded warm-up, then the median of
 * `repeats`. Round trip: after warm-up calls, each of `calls` sequential echo calls is timed on
 * the page with performance.now() and the median reported.
 *
 * Main thread only (creates workers).
 */
import type { Remote } from 'comlink';
import { WorkerPool } from '../workers/pool.ts';
import { createKernelWorker } from '../workers/kernel-pool.ts';
import type { KernelsApi } from '../workers/kernels.worker.ts';
import { summarize, type TimingSummary } from './stats.ts';

const ping = (api: Remote<KernelsApi>) => api.echo(0);

/**
 * Time to start `count` fresh kernel workers until all answer (ms).
 * @param count workers started together (1..64)
 * @param repeats timed repetitions after one warm-up (>= 1)
 */
export async function measureStartup(count: number, repeats = 5): Promise<TimingSummary> {
  const samples: number[] = [];
  for (let r = 0; r <= repeats; r++) {
    const pool = new WorkerPool<KernelsApi>(createKernelWorker);
    const t0 = performance.now();
    await pool.warm(count, ping);
    const t = performance.now() - t0;
    pool.terminate();
    if (r > 0) samples.push(t);
  }
  return summarize(samples);
}

/**
 * Round-trip latency of one message to a warm worker and back (ms per call).
 * @param calls timed sequential calls (>= 1)
 * @param warmups discarded calls first
 */
export async function measureRoundTrip(calls = 1000, warmups = 200): Promise<TimingSummary> {
  const pool = new WorkerPool<KernelsApi>(createKernelWorker);
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
