/**
 * Worker entry of the task registry: `call(name, args)` runs one named task, `callChunk` runs a
 * chunk of them in order with per-item timing. Thin: the tasks live in ./tasks/registry.ts.
 */
import { expose } from 'comlink';
import { runChunk, type ChunkOutcome } from './tasks/registry.ts';

const api = {
  /** Runs task `name` with `args` and returns its result. Rejects with the task's error. */
  async call(name: string, args: unknown[]): Promise<unknown> {
    const { results } = await runChunk(name, [args]);
    return results[0];
  },
  /** Runs task `name` once per argument list, in order, timing each (see runChunk). */
  callChunk(name: string, argsList: unknown[][], firstIndex: number): Promise<ChunkOutcome> {
    return runChunk(name, argsList, firstIndex);
  },
  /** Answers at once: used to start workers before a measurement. */
  ping(): number {
    return performance.timeOrigin + performance.now();
  },
};

/** The API the task worker exposes; wrap it with Comlink on the page. */
export type TasksApi = typeof api;

expose(api);
