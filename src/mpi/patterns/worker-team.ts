/**
 * A rank's team of threads as Web Workers (the browser's {@link TeamFactory}): `threads` workers
 * started by the rank's own worker, sharing one SharedArrayBuffer of `threads` slots with it.
 * Each repeat costs one Comlink call per thread (a message there and back); the partial sums
 * themselves travel through the shared slots, not in messages.
 *
 * Runs in a rank worker (workers may start workers).
 */
import { wrap, type Remote } from 'comlink';
import { allocateShared } from '../../shared-memory/shared-buffer.ts';
import type { TeamFactory } from './hybrid.ts';
import type { HybridThreadApi } from './hybrid-thread.worker.ts';

/**
 * Starts the team and waits until every thread answers.
 * @throws Error when shared memory is unavailable (the page is not cross-origin isolated)
 */
export const workerTeam: TeamFactory = async (threads) => {
  const buffer = allocateShared(8 * threads);
  const slots = new Float64Array(buffer);
  const workers = Array.from({ length: threads }, (_, t) => new Worker(new URL('./hybrid-thread.worker.ts', import.meta.url), { type: 'module', name: `thread ${t}` }));
  const apis: Remote<HybridThreadApi>[] = workers.map((w) => wrap<HybridThreadApi>(w));
  await Promise.all(apis.map((api) => api.sumIntoSlot(buffer, 1, 1, 0, 0))); // started and compiled
  return {
    threads,
    run: async (n, blocks, firstBlock) => {
      await Promise.all(apis.map((api, t) => api.sumIntoSlot(buffer, n, blocks, firstBlock + t, t)));
      return Array.from(slots);
    },
    close: () => {
      for (const w of workers) w.terminate();
    },
  };
};
