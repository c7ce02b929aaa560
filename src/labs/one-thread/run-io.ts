/**
 * The I/O lab's run: `requests` simulated requests, first one at a time, then `concurrency` at a
 * time, each timed. Main thread (or any thread with timers).
 *
 * Source: the ENCCS course "High Performance Data Analytics in Python", which downloads several
 * sites with `ThreadPoolExecutor(max_workers=4)`: threads overlap the waiting for I/O even though
 * the GIL lets only one of them run Python at a time.
 */
import { summarizeSleepRun, type SleepRunSummary } from '../why-parallel/sleep-timeline.ts';
import { runWithLimit, simulatedRequest, type IoParams } from './simulated-io.ts';

/** What the I/O lab measured. */
export interface IoResult {
  params: IoParams;
  sequential: SleepRunSummary;
  concurrent: SleepRunSummary;
}

async function timed(params: IoParams, limit: number, signal: AbortSignal): Promise<SleepRunSummary> {
  const tasks = Array.from({ length: params.requests }, () => () => simulatedRequest(params.latencyMs, signal));
  const started = performance.now();
  const run = await runWithLimit(tasks, limit);
  return summarizeSleepRun(run.records, Math.min(limit, params.requests), started, performance.now());
}

/**
 * Runs the requests sequentially, then with `params.concurrency` in flight.
 * `onPhase` is told which run starts.
 *
 * @throws DOMException AbortError when `signal` aborts
 */
export async function runIoDemo(signal: AbortSignal, params: IoParams, onPhase?: (phase: 'sequential' | 'concurrent') => void): Promise<IoResult> {
  onPhase?.('sequential');
  const sequential = await timed(params, 1, signal);
  onPhase?.('concurrent');
  const concurrent = await timed(params, params.concurrency, signal);
  return { params, sequential, concurrent };
}
