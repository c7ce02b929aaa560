/**
 * Page side of a Run or Check: starts a FRESH learner worker, enforces the exercise's time
 * limit by terminating it (which also ends the task workers it started), and forwards console
 * lines. Main thread only.
 */
import { asRunnerMessage, type RunnerRequest } from './protocol.ts';
import type { LearnerOutcome, LogLine } from './types.ts';

/** What the page learns from one Run or Check. */
export type ClientOutcome =
  | LearnerOutcome
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'cancelled' }
  | { kind: 'crashed'; message: string };

/** Options of {@link runInFreshWorker}. */
export interface ClientOptions {
  /** Wall-time limit in ms, counted from when the worker starts on the code. */
  timeLimitMs: number;
  /** Receives console lines in batches (at most every 100 ms). */
  onLog: (lines: LogLine[], dropped: number) => void;
  /** Aborting ends the worker and resolves with `{ kind: 'cancelled' }`. */
  signal?: AbortSignal;
  /** How long the worker may take to load before it is given up (ms, default 15 000). */
  loadTimeoutMs?: number;
}

/**
 * Runs learner code in a new worker. Never rejects: every way it can end is an outcome.
 */
export function runInFreshWorker(request: RunnerRequest, options: ClientOptions): Promise<ClientOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name: 'exercise runner' });
    let settled = false;
    let limit: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: ClientOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(loading);
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: 'cancelled' });
    if (options.signal?.aborted) {
      finish({ kind: 'cancelled' });
      return;
    }
    options.signal?.addEventListener('abort', onAbort);
    const loading = setTimeout(() => finish({ kind: 'crashed', message: 'the code runner did not start (is the page offline?)' }), options.loadTimeoutMs ?? 15_000);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      // Only the runner's own messages count (protocol.ts); anything else is ignored.
      const msg = asRunnerMessage(event.data);
      if (!msg) return;
      if (msg.type === 'started') {
        clearTimeout(loading);
        limit = setTimeout(() => finish({ kind: 'timeout', limitMs: options.timeLimitMs }), options.timeLimitMs);
      } else if (msg.type === 'log') {
        if (!settled) options.onLog(msg.lines, msg.dropped);
      } else {
        finish(msg.outcome);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: 'crashed', message: event.message || 'the code runner failed to load' });
    };
    worker.postMessage(request);
  });
}
