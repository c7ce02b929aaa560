/**
 * The I/O lab's run: `requests` simulated requests, first one at a time, then `concurrency` at a
 * time, each timed `repeats` times with the measurement loop of src/measure/measure.ts. Waiting
 * needs no warm-up, so no run is discarded. Main thread (or any thread with timers).
 *
 * Source: the ENCCS course "High Performance Data Analytics in Python", which downloads several
 * sites with `ThreadPoolExecutor(max_workers=4)`: threads overlap the waiting for I/O even though
 * the GIL lets only one of them run Python at a time.
 */
import { measure, type Measurement } from '../../measure/measure.ts';
import { timelineRun, type TimelineRun } from '../kit/timeline-model.ts';
import type { IoParams } from './io-settings.ts';
import { runWithLimit, simulatedRequest } from './simulated-io.ts';

/** What the I/O lab measured: every timed run of each kind, with its timeline (lanes are slots). */
export interface IoResult {
  params: IoParams;
  sequential: Measurement<TimelineRun>;
  concurrent: Measurement<TimelineRun>;
}

async function timed(params: IoParams, limit: number, signal: AbortSignal | undefined): Promise<TimelineRun> {
  const tasks = Array.from({ length: params.requests }, () => () => simulatedRequest(params.latencyMs, signal));
  const started = performance.now();
  const run = await runWithLimit(tasks, limit);
  return timelineRun(run.records, Math.min(limit, params.requests), started, performance.now());
}

/**
 * Runs the requests sequentially, then with `params.concurrency` in flight, `params.repeats`
 * times each. `onPhase` is told which run starts and which repeat (1-based).
 *
 * @throws DOMException AbortError when `signal` aborts
 */
export async function runIoDemo(
  signal: AbortSignal,
  params: IoParams,
  onPhase?: (phase: 'sequential' | 'concurrent', repeat: number) => void,
): Promise<IoResult> {
  const kind = (phase: 'sequential' | 'concurrent', limit: number) =>
    measure({
      repeats: params.repeats,
      warmups: 0,
      signal,
      run: ({ index, signal: s }) => {
        onPhase?.(phase, index + 1);
        return timed(params, limit, s);
      },
    });
  const sequential = await kind('sequential', 1);
  const concurrent = await kind('concurrent', params.concurrency);
  return { params, sequential, concurrent };
}
