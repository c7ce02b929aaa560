/**
 * What each Node worker thread does in the unit tests of the shared-memory primitives. The
 * histogram and partial-sums scenarios call the very functions the browser workers call; the
 * barrier and mutex scenarios exercise the primitives with checks that fail if they are wrong.
 *
 * Pure (no Node APIs), so the same code could run in a browser worker. Worker threads only.
 */
import { barrierWait } from '../barrier.ts';
import { runHistogramThread, type HistogramJob } from '../histogram.ts';
import { lock, unlock } from '../mutex.ts';
import { integrateIntoSlot } from '../partial-sums.ts';
import { dotThread, type DotThreadJob } from '../../threaded-library/dot-thread.ts';

/** A scenario name and its arguments, posted to a thread as workerData. */
export type Scenario =
  | { name: 'histogram'; job: HistogramJob }
  | { name: 'integrate'; buffer: SharedArrayBuffer; n: number; rank: number }
  | { name: 'barrier'; state: Int32Array; arrivals: Int32Array; rounds: number; parties: number }
  | { name: 'mutex'; word: Int32Array; counter: Float64Array; increments: number }
  | { name: 'dot'; job: DotThreadJob };

/**
 * Barrier check: in each round a thread registers its arrival, waits at the barrier, then reads
 * how many threads have arrived in that round. With a working barrier that is always `parties`;
 * a barrier that let a thread through early would show fewer.
 *
 * @returns the arrival counts each thread saw after the barrier, one per round
 */
function barrierRounds(state: Int32Array, arrivals: Int32Array, rounds: number): number[] {
  const seen: number[] = [];
  for (let r = 0; r < rounds; r++) {
    Atomics.add(arrivals, r, 1);
    barrierWait(state, 10_000);
    seen.push(Atomics.load(arrivals, r));
  }
  return seen;
}

/**
 * Mutex check: `increments` times, take the lock and do a non-atomic read-increment-write of a
 * Float64 counter (which Atomics cannot update). Lost updates would show in the final value.
 */
function mutexCounter(word: Int32Array, counter: Float64Array, increments: number): number {
  for (let i = 0; i < increments; i++) {
    lock(word, 0);
    counter[0] = counter[0]! + 1;
    unlock(word, 0);
  }
  return increments;
}

/** Runs a scenario on the calling thread and returns what the test needs. */
export function runScenario(s: Scenario): unknown {
  switch (s.name) {
    case 'histogram':
      return runHistogramThread(s.job);
    case 'integrate':
      return integrateIntoSlot(s.buffer, s.n, s.rank);
    case 'barrier':
      return barrierRounds(s.state, s.arrivals, s.rounds);
    case 'mutex':
      return mutexCounter(s.word, s.counter, s.increments);
    case 'dot':
      return dotThread(s.job);
    default:
      throw new Error('unknown scenario');
  }
}
