/**
 * Timing one loop of ./loops.ts with the project's measurement loop (src/measure/measure.ts), in
 * the thread that runs it: one vector add of 10 000 elements takes microseconds, far below a
 * message's round trip, so each timed run repeats the loop `inner` times (calibrated to about
 * `targetMs`) and the time per loop is the run's time divided by `inner`. Any thread (the
 * vectorize worker; Node tests).
 */
import { measure } from '../measure/measure.ts';
import { prepareLoop, type LoopId } from './loops.ts';

/** What {@link timeLoop} measured. */
export interface LoopTiming {
  id: LoopId;
  /** Elements per loop. */
  n: number;
  /** Loops per timed run. */
  inner: number;
  /** Median, fastest and slowest time of one loop over the timed runs (µs). */
  medianUs: number;
  minUs: number;
  maxUs: number;
  /** Time of one loop in each timed run, in run order (µs). */
  samplesUs: number[];
  /** Median time per element (ns). */
  nsPerElement: number;
  /** Max/min of the runs above the noise threshold. */
  noisy: boolean;
  /** Sum of the loop's result (c summed in order, or the running sum): equal for equal results. */
  checksum: number;
  /** The first few values of the result, to show. */
  head: number[];
}

/** Runs per calibration step never exceed this many loops. */
const MAX_INNER = 1 << 24;

/**
 * Times the loop `id` on n elements: prepares it, calibrates `inner` so one timed run takes about
 * `targetMs`, then `measure` with one discarded warm-up and `repeats` timed runs. Any thread;
 * blocks it for about (repeats + 2) · targetMs.
 *
 * @param targetMs wanted duration of one timed run (ms, default 20)
 * @throws RangeError for a bad id, n or repeats; Error where a SIMD loop lacks SIMD
 */
export async function timeLoop(id: LoopId, n: number, repeats: number, targetMs = 20, now: () => number = () => performance.now()): Promise<LoopTiming> {
  const loop = await prepareLoop(id, n);
  let inner = 1;
  for (;;) {
    const t0 = now();
    for (let k = 0; k < inner; k++) loop.run();
    const ms = now() - t0;
    if (ms >= targetMs / 4 || inner >= MAX_INNER) {
      inner = Math.max(1, Math.min(MAX_INNER, Math.round((inner * targetMs) / Math.max(ms, 1e-3))));
      break;
    }
    inner *= 2;
  }
  const m = await measure({
    repeats,
    warmups: 1,
    now,
    run: async () => {
      for (let k = 0; k < inner; k++) loop.run();
    },
  });
  const result = loop.result();
  let checksum = 0;
  for (const v of result) checksum += v;
  const perLoop = (ms: number) => (1000 * ms) / inner;
  return {
    id,
    n,
    inner,
    medianUs: perLoop(m.time.median),
    minUs: perLoop(m.time.min),
    maxUs: perLoop(m.time.max),
    samplesUs: m.time.samples.map(perLoop),
    nsPerElement: (1000 * perLoop(m.time.median)) / n,
    noisy: m.time.noisy,
    checksum,
    head: Array.from(result.subarray(0, 4)),
  };
}
