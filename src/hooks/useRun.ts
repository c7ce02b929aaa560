import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../workers/pool.ts';
import { offlineCopyState, whenOfflineCopyIdle } from '../offline/offline-copy.ts';
import { useRunWaitingStore } from './run-waiting.ts';

/** Where a run is. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** What {@link useRun} returns. */
export interface RunState<A extends unknown[], R> {
  status: RunStatus;
  result: R | undefined;
  error: Error | undefined;
  /** Starts a run (cancelling one in progress). Never rejects: errors land in `error`. */
  run: (...args: A) => Promise<void>;
  /** Cancels the run in progress, if any. */
  cancel: () => void;
}

/**
 * Runs an abortable async job from a component: `job(signal, ...args)`. Cancelling aborts the
 * signal (the worker pool then terminates its workers); unmounting cancels too. An AbortError
 * becomes status "cancelled", any other error status "error" with the error kept for display,
 * never an unhandled rejection. Main thread (React).
 *
 * While the service worker downloads the site's offline copy (a first visit, a new deploy), a run
 * waits for it, at most OFFLINE_COPY_WAIT_MS, before its job starts (status "running"; the lab's
 * status line says it waits): the download would share the cores with what the job times. A run
 * that stopped waiting at that limit is marked, and the status line says its timings may be high.
 */
export function useRun<A extends unknown[], R>(job: (signal: AbortSignal, ...args: A) => Promise<R>): RunState<A, R> {
  const [status, setStatus] = useState<RunStatus>('idle');
  const [result, setResult] = useState<R>();
  const [error, setError] = useState<Error>();
  const controller = useRef<AbortController | null>(null);
  const waiting = useRunWaitingStore();
  const jobRef = useRef(job);
  useEffect(() => {
    jobRef.current = job;
  }, [job]);

  const cancel = useCallback(() => {
    controller.current?.abort(new DOMException('Cancelled by the user', 'AbortError'));
    controller.current = null;
  }, []);

  const run = useCallback(
    async (...args: A) => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setStatus('running');
      setError(undefined);
      setResult(undefined);
      try {
        waiting.setStartedEarly(false);
        if (offlineCopyState() !== 'idle') {
          const done = waiting.begin();
          try {
            waiting.setStartedEarly((await whenOfflineCopyIdle(mine.signal)) === 'timeout');
          } finally {
            done();
          }
          if (controller.current !== mine) return;
        }
        const value = await jobRef.current(mine.signal, ...args);
        if (controller.current !== mine) return;
        setResult(value);
        setStatus('done');
      } catch (e) {
        if (mine.signal.aborted || isAbortError(e)) {
          if (controller.current === null || controller.current === mine) setStatus('cancelled');
          return;
        }
        if (controller.current !== mine) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setStatus('error');
      } finally {
        if (controller.current === mine) controller.current = null;
      }
    },
    [waiting],
  );

  useEffect(() => () => controller.current?.abort(), []);
  return { status, result, error, run, cancel };
}
