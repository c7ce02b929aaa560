import { useCallback, useState } from 'react';
import { useRun, type RunStatus } from '../../hooks/useRun.ts';
import { starmap, type MapProgress, type MapResult } from '../../workers/pool-map.ts';
import type { TaskName } from '../../workers/tasks/registry.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import type { TasksApi } from '../../workers/tasks.worker.ts';
import { poolFor } from '../../workers/pools.ts';

/** The page's task pool (see src/workers/pools.ts): runs overlap, so labs never wait for each other. */
export function useTaskPool(): WorkerPool<TasksApi> {
  return poolFor('tasks');
}

/** One map request. */
export interface MapRequest {
  task: TaskName;
  /** Argument list per item (starmap form; map passes `[x]`). */
  argsList: unknown[][];
  workers: number;
  /** Items per chunk; omit for Python's default. */
  chunksize?: number;
}

/** What {@link usePoolMap} returns. */
export interface PoolMapState {
  status: RunStatus;
  result: MapResult<unknown> | undefined;
  error: Error | undefined;
  /** The latest progress snapshot (throttled to 10 per second), or null before the first. */
  progress: MapProgress | null;
  run: (request: MapRequest) => Promise<void>;
  cancel: () => void;
}

/**
 * Runs one pool map at a time from a component, on the page's task pool, with live progress
 * for a timeline. Errors from a task land in `error` (shown by the lab), never as an unhandled
 * rejection; cancelling terminates the workers. Main thread (React).
 */
export function usePoolMap(): PoolMapState {
  const pool = useTaskPool();
  const [progress, setProgress] = useState<MapProgress | null>(null);
  const job = useCallback(
    (signal: AbortSignal, request: MapRequest) => {
      setProgress(null);
      const options = { workers: request.workers, signal, pool, onProgress: setProgress, ...(request.chunksize ? { chunksize: request.chunksize } : {}) };
      return starmap(request.task, request.argsList, options);
    },
    [pool],
  );
  const { status, result, error, run, cancel } = useRun(job);
  return { status, result, error, progress, run, cancel };
}
